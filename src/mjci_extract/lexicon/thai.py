"""The Thai character classes the readers and rules use, defined once.

Each constant is the inside of a regex character class (`f"[{THAI_LETTERS}]"`). pythainlp's
constants are not used for the ranges because none of them is the same set: `thai_letters` lacks
"฿" (U+0E3F) and the unassigned U+0E3B-U+0E3E that the range below covers, `thai_consonants` lacks
"ฤ" and "ฦ", and `thai_characters` lacks U+0E00 and U+0E5C-U+0E7F; a different set would change
which text the rules match. tests/test_lexicon.py pins every range to its characters.
"""

from __future__ import annotations

# The whole Thai Unicode block: "is there Thai in this text" checks (readers, layout).
THAI_BLOCK = "\u0e00-\u0e7f"
# Consonants, vowels, tone marks and signs: what a Thai word is spelled with (ก .. ๎).
THAI_LETTERS = "\u0e01-\u0e4e"
# Consonants only (ก .. ฮ, with ฤ and ฦ): abbreviations ("สปส.", "พ.ศ.") are runs of these.
THAI_CONSONANTS = "\u0e01-\u0e2e"
# Following vowels and marks (ะ .. ฺ, ๅ .. ๎): a letter followed by one of these is inside a
# word, not a one-letter word of its own ("ณัฏฐ..." is not the marker ณ).
THAI_NON_INITIAL = "\u0e30-\u0e3a\u0e45-\u0e4e"
# Thai digits ๐ .. ๙ in order (the same string as pythainlp.thai_digits), and their range.
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
THAI_DIGIT_RANGE = "\u0e50-\u0e59"
# str.translate table from Thai digits to ASCII digits: the normaliser and the scorer read it.
THAI_TO_ASCII_DIGITS = str.maketrans(THAI_DIGITS, "0123456789")
