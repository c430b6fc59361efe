"""Pronouns of the communities' languages that are also English first names: French "Elle"
(she) opens a sentence in a note that switches to French ("Elle habite 14 rue ...", "Elle loge
chez Awa"), and is no name there. Told apart by the French word after it: a verb or a clitic
("a", "est", "dit", "habite", "s'appelle", "m'a"), never an English verb ("Elle said", "Elle was").
"""

from __future__ import annotations

import re

_FRENCH_AFTER_ELLE = re.compile(
    r"[ \t]+(?:a|est|était|etait|dit|disait|va|vit|habite|habitait|loge|logeait|travaille|travaillait|veut|"
    r"voulait|ne|n['’]a|n['’]est|s['’]appelle|se|me|m['’]a|l['’]a|lui|leur|y|avait|sera|peut|pouvait|doit|"
    r"reste|part|vient|venait|connaît|connait|pense|dort|a\s+été|sort|rentre|parle|demande|cherche)\b"
)


def french_pronoun(text: str, start: int, end: int) -> bool:
    """Whether the word at start:end is the French pronoun "Elle" before a French verb."""
    return text[start:end] in {"Elle", "elle", "ELLE"} and _FRENCH_AFTER_ELLE.match(text, end) is not None
