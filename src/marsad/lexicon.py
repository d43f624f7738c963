"""Small closed word lists shared by several components (normalised forms, see marsad.text.normalize)."""
from __future__ import annotations

from .text.normalize import normalize_str

__all__ = ["AR_STOP", "EN_STOP", "AR_NAME_PARTICLES", "EN_NAME_PARTICLES", "FORMER"]


def _n(words: str) -> frozenset[str]:
    return frozenset(normalize_str(w) for w in words.split())


AR_STOP = _n("""في يوم إن أن على من عن إلى الى الذي التي الذين قد أمس خلال بعد قبل لدى مع عبر حيث كما بأن أنه إنه
أنها إنها هو هي وهو وهي ذلك هذا هذه أيضا لم لن لا ما كان كانت قال قالت أكد أكدت أوضح أوضحت أشار أشارت شدد
شددت أعلن أعلنت أضاف أضافت تابع تابعت صرح صرحت اليوم غدا مساء صباح ظهر الأحد الاثنين الثلاثاء الأربعاء
الخميس الجمعة السبت عند حين بين أمام وراء نحو ضد دون غير سوى منذ حتى ثم أو أم بل لكن لكنه وقد وقال وقالت
وأكد وأضاف وأشار وشدد وأعلن فقد لقد إذ إذا كل بعض جميع عدد أكثر أقل مع ومع لـ عبر بشأن حول إزاء تجاه وفق
وفقا بحسب حسب نقلا خلالها خلاله السابق السابقة الأسبق الجديد الجديدة المنتهية ولايته الحالي الحالية""")
AR_NAME_PARTICLES = _n("بن بنت أبو أبي عبد آل فون دير دي دو فان لا")
EN_STOP = frozenset("""The A An On In At Of For And But Or If As By To From With Without After Before During
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December Mr Mrs Ms Dr He She They It We I This That These Those His Her
Their Its Our""".split())
EN_NAME_PARTICLES = frozenset("von der van de del della da du la le bin al el ter ten".split())
FORMER = _n("السابق السابقة الأسبق former ex- outgoing")
