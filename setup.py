"""Build of marsad: the package is Python (see pyproject.toml); this file only adds the compiled modules.

The modules listed in ``src/marsad/_compiled.py`` are compiled with Cython where Cython and a C compiler are
at hand; a module that does not compile is left to run as Python, with a warning, and the install goes on.
``MARSAD_PURE_PYTHON=1`` skips the compilation.
"""
import os
import runpy

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

COMPILED = runpy.run_path(os.path.join("src", "marsad", "_compiled.py"))
PACKAGE = "marsad"


def extensions() -> list:
    if os.environ.get(COMPILED["PURE_ENV"], "") not in ("", "0"):
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        print("marsad: Cython is not installed: the package runs as Python")
        return []
    out = []
    for m in COMPILED["MODULES"]:
        ext = Extension(f"{PACKAGE}.{m}", [os.path.join("src", PACKAGE, *m.split(".")) + ".py"],
                        extra_compile_args=["-O1", "-g0"])
        try:  # annotation_typing off: the annotations document, they do not retype (the interpreter's behaviour)
            out += cythonize([ext], build_dir=os.path.join("build", "cython"), quiet=True,
                             compiler_directives={"language_level": 3, "annotation_typing": False, "binding": True})
        except Exception as e:
            print(f"marsad: {PACKAGE}.{m} not compiled ({type(e).__name__}: {e}); it runs as Python")
    return out


class OptionalBuildExt(build_ext):
    """Compile what compiles; record each compiled module's source CRC in the package's ``_build.txt``."""

    def finalize_options(self):
        super().finalize_options()
        if self.parallel is None:
            self.parallel = os.cpu_count() or 1

    def build_extension(self, ext):
        out = self.get_ext_fullpath(ext.name)
        try:
            super().build_extension(ext)
        except Exception as e:  # no compiler, a compiler error: that module stays Python
            if os.path.exists(out):  # never leave an older build of it behind
                os.remove(out)
            print(f"marsad: {ext.name} not compiled ({type(e).__name__}: {e}); it runs as Python")

    def run(self):
        try:
            super().run()
        except Exception as e:
            print(f"marsad: compiled modules not built ({type(e).__name__}: {e}); the package runs as Python")
        built = {}
        for ext in self.extensions:
            out = self.get_ext_fullpath(ext.name)
            if os.path.exists(out):
                module = ext.name.split(".", 1)[1]
                built[module] = COMPILED["source_crc"](os.path.join("src", PACKAGE, *module.split(".")) + ".py")
        if self.extensions:
            root = os.path.dirname(self.get_ext_fullpath(f"{PACKAGE}.doc"))
            COMPILED["write_manifest"](root, built)


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
