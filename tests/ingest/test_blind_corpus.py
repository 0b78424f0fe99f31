"""The blind corpus: replies in every format written the way forces publish them, by people
who had not seen the readers (tests/ingest/blind/README.md), read as a user would and scored
like the real corpus. Each round was read first as written, then the readers were tuned on its
odd-numbered folders with the even-numbered ones held out, to say whether a change generalises:

- round 1 (01–30): held out, 97 → 138 of 234 exact while the tuned half went 6 → 199 of 219;
- round 2 (31–50), read as written: 122 of 566 exact, 59 wrong. Tuned on its odd half, that
  half went 69 → 179 of 253 (18 wrong → 0) while the held-out half went 53 → 59 of 313
  (41 wrong → 13): the changes barely carried over.

- round 4 (71–78, 81–88), written to read like real replies, read as written: 192 of 359
  exact, 18 wrong. Tuned on its odd half, that half went 109 → 160 of 194 while the held-out
  half stayed at 99 of 165 and its wrong figures went 7 → 25: a table the changes now read
  (outcome numbers) sat under a request whose unnumbered points were one question, so every
  figure took that question's online flag.

- round 5 (91–98, 101–108), also written to read like real replies, two thirds of them
  attachments, read as written: 93 of 428 exact, 14 wrong. Tuned on its odd half (and on the
  figures lost across the whole corpus), that half went 78 → 202 of 218 (11 wrong → 0) while the
  held-out half went 15 → 62 of 210, its 3 wrong figures unchanged: this time the changes
  carried over in part.

- round 6 (111–118, 121–128), written to read like real replies, mostly pasted pages and
  WhatDoTheyKnow e-mails, read as written: 122 of 448 exact, 50 wrong. Tuned on its odd half,
  that half went 46 → 114 of 198 (27 wrong → 0) while the held-out half stayed at 76 of 250
  and its wrong figures went 23 → 28: again the changes did not carry over, and again a
  reading made possible by them was a wrong one (charges in a sentence, now read, taken as
  the years' totals).

- round 7 (131–138, 141–148), written by two people asked to be unlike every earlier writer,
  all as text, read as written: 18 of 418 exact, 14 wrong (the same after round 6's changes).
  Tuned on its odd half, that half went 13 → 115 of 215 (14 wrong → 0) while the held-out half
  stayed at 5 of 203 with 3 wrong: a fourth round in which the gains did not carry over.

- round 8 (151–158, 161–168), written the same way after round 7's changes, read as written:
  121 of 439 exact, 30 wrong (117 and 30 with the readers before round 7). Tuned on its odd
  half, that half went 76 → 100 of 231 (24 wrong → 0) while the held-out half stayed at 45 of
  208 with 6 wrong: a fifth round in which the gains did not carry over.

- round 9 (171–178, 181–188), written by four people at once after round 8's changes, all as
  text, read as written: 81 of 594 exact, 26 wrong. Tuned on its odd half, that half went
  37 → 89 of 298 (13 wrong → 0) while the held-out half stayed at 44 of 296 with 13 wrong: a
  sixth round in which the gains did not carry over.

- round 10 (191–198, 201–208), written the same way after round 9's changes and after the reply
  generator learnt pivots, square-bracket answers and nested bullets, read as written: 153 of
  567 exact, 20 wrong. Tuned on its odd half, that half went 81 → 175 of 274 (10 wrong → 0)
  while the held-out half stayed at 72 of 293 with 10 wrong: a seventh round in which the gains
  did not carry over. The generic changes it brought lifted round 9 from 232 to 249 of 594.

- round 11 (211–218, 221–228), written by four people at once after round 10's changes, all as
  text, read as written: 70 of 554 exact, 24 wrong. Generic changes made before it was read
  (years over runs of columns, rows under headings naming their axis, superscript footnotes,
  a reply generator that learnt both) lifted round 10's opened half from 133 to 157 of 293, and
  left round 11 at 70: an eighth round in which the gains did not carry over. Tuned on its odd
  half, that half went 40 → 97 of 268 (11 wrong → 0) while the held-out half went 30 → 50 of
  286, its wrong figures 13 → 14: the first round in which some gains carried over (a merged
  year over tab cells), though not the zero. The odd half is here; the even half, held back
  outside the repository, was lost with the machine it was on.

- round 12 (231–238, 241–248), written by four people at once after round 11's changes and asked
  for ordinary replies with a few real quirks each (half of them saved pages and attachments),
  read as written: 177 of 335 exact, 14 wrong (and one reply, 243, that could not be scored).
  Tuned on its odd half, that half went 84 → 142 of 195 (5 wrong → 0) while the held-out half
  went 93 → 95 of 179, its wrong figures 9 → 8: a ninth round in which the gains did not carry
  over, though both halves read far more as written than any round before.

- round 13 (251–258, 261–268), written the same way after round 12's changes, read as written:
  238 of 417 exact, 17 wrong. Tuned on its odd half, that half went 144 → 225 of 237 (1 wrong →
  0) while the held-out half went 94 → 114 of 180, its wrong figures staying at 16: some gains
  carried over, the zero did not. The even half stayed held back in ``held_back/`` through
  two more rounds (131 of 180 with 8 wrong before it was opened) and was then opened too.

- round 14 (271–278, 281–288), written the same way, half of it PDF letters with drawn tables,
  Word letters, workbooks and a CSV export, read as written: 242 of 389 exact, 60 wrong (a PDF
  table continued over a page break, a lettered request). Opened whole to take its wrong figures
  to none (312 of 389), round 13's even half staying the held-back measure (after it: 113 of
  180 exact, its wrong figures 16 → 8). Round 15 (291–308), written after it, was held back
  whole in ``held_back/``: read as written, 302 of 387 exact, 16 wrong, and the same after
  round 13's even half was opened and tuned on (176 of 180, 0 wrong): no gain carried over.
  It was opened whole once round 16 was held back in its place.

- round 16 (311–318, 321–328), written in the same session, read as written: 312 of 431 exact,
  27 wrong; after round 13's even half and round 15 were tuned on, 316 with 25 wrong: some
  gains carried over, the zero did not. Opened whole once round 17 (331–348) was held back in
  ``held_back/`` in its place (round 17 as written: 336 of 439 exact, 16 wrong).

- round 17 (331–338, 341–348), written in the same session, read as written: 336 of 439 exact,
  16 wrong (half of them dashes whose key was not found, read as suppressed; an unkeyed dash now
  waits for a person). Opened whole at the end of the session once round 18 (351–368) was held
  back in its place.

- round 18 (351–358, 361–368), written at the end of that session, read as written: 239 of 349
  exact, 9 wrong (its score was used that session to find two changes that raised its wrong
  figures to 54). Opened whole in the seventeenth session once round 19 (371–388) was held back
  in ``held_back/`` in its place (round 19 as written: 272 of 384 exact, 2 wrong).

- round 19 (371–378, 381–388), written at the start of that session, read as written: 272 of
  384 exact, 2 wrong (296 with 2 wrong at the end of it, its score steering no change). Opened
  whole in the eighteenth session once round 20 (391–408) was held back in ``held_back/`` in its
  place (round 20 as written: 164 of 318 exact, 25 wrong).

- round 21 (411–418, 421–428), written in the eighteenth session while round 20 was held back,
  read as written: 164 of 315 exact, 23 wrong (21 of them one reply's header wrapped over three
  lines); opened at once, not held back.

- round 22 (431–438, 441–448), written later in the same session, read as written (at e778b26,
  after round 21's changes): 208 of 314 exact, 11 wrong; opened at once, not held back.

- round 20 (391–398, 401–408), written at the start of the eighteenth session and held back
  whole: read as written, 164 of 318 exact, 25 wrong (181 with 10 wrong at the end of that
  session, its score steering no change). Opened whole in the nineteenth session once round 23
  (451–468) was held back in ``held_back/`` in its place (round 23 as written: 198 of 377 exact,
  47 wrong).

- round 24 (471–478, 481–488), written in the nineteenth session while round 23 was held back,
  read as written (at ef42aa6, after round 20's changes): 302 of 369 exact, 18 wrong; opened at
  once, not held back.

- round 23 (451–458, 461–468), written at the start of the nineteenth session and held back
  whole: read as written, 198 of 377 exact, 47 wrong (219 with 47 wrong at 3ccb28c, its score
  steering no change). Opened later in that session once round 25 (491–508) was held back in
  ``held_back/`` in its place (round 25 as written: 218 of 359 exact, 13 wrong).

- round 26 (511–518, 521–528), written at the end of the nineteenth session while round 25 was
  held back, read as written (at 55cb521, after round 23's changes): 281 of 357 exact, 29 wrong;
  opened at once, not held back.

- round 25 (491–498, 501–508), written in the nineteenth session and held back whole: read as
  written, 218 of 359 exact, 13 wrong (222 with 13 wrong at 748a387, its score steering no
  change). Opened whole in the twentieth session once round 27 (531–548) was held back in
  ``held_back/`` in its place (round 27 as written: 242 of 310 exact, 17 wrong).

- round 28 (551–558, 561–568), written in the twentieth session while round 27 was held back,
  read as written (at 6786864, after round 25's changes): 210 of 310 exact, 12 wrong; opened at
  once, not held back.

- round 29 (571–578, 581–588), written later in the twentieth session while round 27 was held
  back, read as written (at 5495db2, after round 28's changes): 226 of 340 exact, 10 wrong;
  opened at once, not held back.

- round 27 (531–538, 541–548), written at the start of the twentieth session and held back
  whole: read as written, 242 of 310 exact, 17 wrong (241 with 17 wrong at 27eb748, its score
  steering no change). Opened at the end of that session once round 31 (611–628) was held back
  in ``held_back/`` in its place (round 31 as written: 229 of 340 exact, 21 wrong).

- round 30 (591–598, 601–608), written at the end of the twentieth session while round 27 was
  held back, read as written (at 2238a2a, after round 29's changes): 222 of 315 exact, 43 wrong;
  opened at once, not held back.

- round 31 (611–618, 621–628), written at the end of the twentieth session and held back whole:
  read as written (at 27eb748), 229 of 340 exact, 21 wrong (the same at 791464b, its score
  steering no change). Opened at the start of the twenty-first session once round 32 (631–648)
  was held back in ``held_back/`` in its place (round 32 as written: 230 of 353 exact, 2 wrong).

- round 33 (651–658, 661–668), written in the twenty-first session while round 32 was held back,
  read as written (at 936c161, after round 31's changes): 257 of 378 exact, 6 wrong; opened at
  once, not held back.

- round 32 (631–638, 641–648), written at the start of the twenty-first session and held back
  whole: read as written (at 791464b), 230 of 353 exact, 2 wrong (the same at 6b8849d, its score
  steering no change). Opened at the start of the twenty-second session once round 34 (671–688)
  was held back in ``held_back/`` in its place (round 34 as written: 381 of 426 exact, 5 wrong).

- round 35 (691–698, 701–708), written in the twenty-second session while round 34 was held back,
  read as written (at 0db859d, after round 32's changes): 239 of 379 exact, 44 wrong; opened at
  once, not held back.

- round 34 (671–678, 681–688), written at the start of the twenty-second session and held back
  whole: read as written (at 6b8849d), 381 of 426 exact, 5 wrong (382 and 5 wrong at 0f88927, its
  score steering no change). Opened at the start of the twenty-third session once round 36
  (711–728) was held back in ``held_back/`` in its place (round 36 as written: 382 of 528 exact,
  25 wrong).

- round 37 (731–738, 741–748), written in the twenty-third session while round 36 was held back,
  read as written (at 0f88927): 408 of 519 exact, 3 wrong; opened at once, not held back.

- round 38 (751–758, 761–768), written at the end of the twenty-third session while round 36 was
  held back, read as written (at f105f31): 356 of 543 exact, 6 wrong; opened at once, not held back.

- round 36 (711–718, 721–728), written at the start of the twenty-third session and held back
  whole: read as written (at 0f88927), 382 of 528 exact, 25 wrong (385 and 25 wrong at fe0b406,
  its score steering no change). Opened at the start of the twenty-fourth session once round 39
  (771–788) was held back in ``held_back/`` in its place (round 39 as written: 326 of 527 exact,
  6 wrong).

- round 40 (791–798, 801–808), written in the twenty-fourth session while round 39 was held back,
  read as written (at b253dd9): 364 of 532 exact, 21 wrong; opened at once, not held back.

- round 39 (771–778, 781–788), written at the start of the twenty-fourth session and held back
  whole: read as written (at fe0b406), 326 of 527 exact, 6 wrong (330 and 2 wrong at f4ecb6d, its
  score steering no change). Opened at the start of the twenty-fifth session once round 41
  (811–828) was held back in ``held_back/`` in its place (round 41 as written: 370 of 528 exact,
  29 wrong).

- round 41 (811–818, 821–828), written at the start of the twenty-fifth session and held back
  whole: read as written (at 88a9495), 370 of 528 exact, 29 wrong (379 and 29 wrong at 70d46ba,
  its score steering no change). Opened at the start of the twenty-sixth session once round 42
  (831–848) was held back in ``held_back/`` in its place (round 42 as written: 265 of 540 exact,
  20 wrong).

- round 42 (831–838, 841–848), written at the start of the twenty-sixth session and held back
  whole: read as written (at 70d46ba), 265 of 540 exact, 20 wrong (280 and 20 wrong at d09902b,
  its score steering no change). Opened at the start of the twenty-seventh session once round 43
  (851–868) was held back in ``held_back/`` in its place (round 43 as written: 386 of 519 exact,
  22 wrong).

- round 43 (851–858, 861–868), written at the start of the twenty-seventh session and held back
  whole: read as written (at d09902b), 386 of 519 exact, 22 wrong (394 and 22 wrong at f1e8cd0,
  its score steering no change). Opened at the start of the twenty-eighth session once round 44
  (871–888) was held back in ``held_back/`` in its place (round 44 as written: 373 of 558 exact,
  37 wrong).

- round 44 (871–878, 881–888), written at the start of the twenty-eighth session and held back
  whole: read as written (at f1e8cd0), 373 of 558 exact, 37 wrong (384 and 37 wrong at 7d155b1,
  its score steering no change). Opened at the start of the twenty-ninth session once round 45
  (891–908) was held back in ``held_back/`` in its place (round 45 as written: 453 of 546 exact,
  1 wrong).

- round 45 (891–898, 901–908), written at the start of the twenty-ninth session and held back
  whole: read as written (at 7d155b1), 453 of 546 exact, 1 wrong (457 and 1 wrong at 8a8ea4b, its
  score steering no change). Opened at the start of the thirtieth session once round 46 (911–928)
  was held back in ``held_back/`` in its place (round 46 as written: 415 of 499 exact, 21 wrong).

- round 46 (911–918, 921–928), written at the start of the thirtieth session and held back whole:
  read as written (at 8a8ea4b), 415 of 499 exact, 21 wrong. Opened in the same session, after
  round 45 was tuned on and before round 46 was, so that a round written against that session's
  readers (round 47) could be held back in its place.

- round 47 (931–938, 941–948), written in the thirtieth session and held back whole: read as
  written (at 6b7e688), 346 of 528 exact, 5 wrong. Opened at the start of the thirty-first session
  once round 48 (951–968) was held back in ``held_back/`` in its place.

- round 48 (951–958, 961–968), written at the start of the thirty-first session and held back
  whole: read as written (at 9ff80bc), 375 of 500 exact, 42 wrong (36 of them one reply whose
  writer labels the Scottish cyber marker as the measure, where the rest of the corpus labels the
  flag). Opened at the start of the thirty-second session once round 49 (971–988) was held back
  in ``held_back/`` in its place.

- round 49 (971–978, 981–988), written at the start of the thirty-second session and held back
  whole: read as written (at 81eb8a4), 421 of 519 exact, 15 wrong (12 of them one spreadsheet's
  notes, under a "Notes" heading after the questions, read as part of the last question). Opened
  at the start of the thirty-third session once round 50 (991–998, 1001–1008) was held back in
  ``held_back/`` in its place.

- round 50 (991–998, 1001–1008), written at the start of the thirty-third session and held back
  whole: read as written (at e287d77), 413 of 546 exact, 6 wrong (a sentence's "outcome 1
  (charge/summons)" named "outcome 1"; a note saying what "2024" means for the whole reply).
  Opened at the start of the thirty-fourth session once round 51 (1011–1018, 1021–1028) was held
  back in ``held_back/`` in its place.

- round 51 (1011–1018, 1021–1028), written at the start of the thirty-fourth session and held
  back whole: read as written (at 47f6d65, and the same at c53ab67), 432 of 543 exact, 27 wrong
  (20 of them a table under a question whose answer went unheaded, stamped with a code named
  under a later question only). Opened at the start of the thirty-fifth session once round 52
  (1031–1038, 1041–1048) was held back in ``held_back/`` in its place.

- round 52 (1031–1038, 1041–1048), written at the start of the thirty-fifth session and held
  back: read as written (at c53ab67, and the same at 6f64443), 337 of 519 exact, 43 wrong (42 of
  them a question's code stamped on the figures of another offence it names in words). Opened
  later in the same session once round 53 (1051–1058, 1061–1068) was held back in
  ``held_back/`` in its place.

- round 53 (1051–1058, 1061–1068), written in the thirty-fifth session and held back: read as
  written (at 6f64443, and the same at 4fcf766 and 8cbd0e4), 412 of 562 exact, 16 wrong (12 of
  them victims' age bands given to the suspects, whose ages another question asked). Opened at
  the start of the thirty-sixth session once round 54 (1071–1078, 1081–1088) was held back in
  ``held_back/`` in its place.

- round 54 (1071–1078, 1081–1088), written at the start of the thirty-sixth session and held
  back: read as written (at 0cd76ed), 486 of 563 exact, 6 wrong; at dd024f1, once round 53 was
  opened, 492 of 563 and 9 wrong. Opened later in the same session once round 55 (1091–1098,
  1101–1108) was held back in ``held_back/`` in its place.

- round 55 (1091–1098, 1101–1108), written in the thirty-sixth session and held back: read as
  written (at 0cd76ed and dd024f1), 444 of 536 exact, 6 wrong; at 02e14e2, once round 54 was
  opened, 446 of 536 and 6 wrong (four of them a refusal given the code of the question before,
  which "the number of such deployments" was read as referring back to). Opened at the start of
  the thirty-seventh session once round 56 (1111–1118, 1121–1128) was held back in
  ``held_back/`` in its place.

- round 56 (1111–1118, 1121–1128), written at the start of the thirty-seventh session and held
  back: read as written (at 46e93b2, and the same at cfc4802), 356 of 540 exact, 56 wrong (27 of
  them outcomes given the online flag of the table before, whose title gave the whole and its
  flagged part; 25 suspects' age bands read as the victims'). Opened later in the same session
  once round 57 (1131–1138, 1141–1148) was held back in ``held_back/`` in its place.

- round 57 (1131–1138, 1141–1148), written in the thirty-seventh session and held back: read as
  written (at 46e93b2, cfc4802 and 19be283 alike), 470 of 531 exact, 4 wrong (the refusals of a
  question counting within the online-flagged crimes of a question about CSE-flagged crimes, given
  the code a third question names). Opened at the start of the thirty-eighth session once round
  58 (1151–1158, 1161–1168) was held back in ``held_back/`` in its place.

- round 58 (1151–1158, 1161–1168), written at the start of the thirty-eighth session and held
  back: read as written (at a0f78a2, and the same at 4ddc28d), 448 of 515 exact, 7 wrong (4 of
  them a question answered "no crimes were recorded …" read as unanswered; 3 counts of offences
  whose victim's gender was not recorded read without the gender). Opened later in the same
  session once round 59 (1171–1178, 1181–1188) was held back in ``held_back/`` in its place.

- round 59 (1171–1178, 1181–1188), written in the thirty-eighth session and held back: read as
  written, 368 of 536 exact, 25 wrong (at a0f78a2); 390 of 536, 10 wrong (at 4ddc28d, at cc03c71
  and at 53b5e26: 8 of them a pivot's platforms read without the one code its sheet's title names,
  one "For 2024/25 the figure was 441." after a sentence of flagged figures read as the whole count,
  one numbered note under "Nodiadau / Notes" read as an answer). Opened at the start of the
  thirty-ninth session once round 60 (1191–1198, 1201–1208) was held back in ``held_back/`` in its
  place.

- round 60 (1191–1198, 1201–1208), written at the start of the thirty-ninth session and held back:
  read as written, 480 of 519 exact, 1 wrong (at 53b5e26, at e52cfe0 and at e79a44e: a relationship
  table's "Not recorded / no suspect identified" row read as outcome 18). Opened at the start of the
  fortieth session once round 62 (1231–1238, 1241–1248) was held back beside round 61.

Each held-out half was then opened to take its wrong figures to none (round 2's: 150 of 313;
round 4's: 128 of 165; round 5's: 173 of 210; round 6's: 133 of 250; round 7's: 46 of 203;
round 8's: 51 of 208; round 9's: 98 of 296; round 10's: 133 of 293; round 12's: 160 of 179;
round 13's: 176 of 180; round 15's: 331 of 387; round 16's: 347 of 431; round 17's: 350 of 439;
round 18's: 323 of 349; round 19's: 297 of 384; round 21's: 274 of 315; round 22's: 267 of
314; round 20's: 295 of 318; round 24's: 350 of 369; round 23's: 242 of 377; round 26's: 294 of
357; round 25's: 248 of 359; round 28's: 248 of 310; round 29's: 282 of 340; round 30's:
259 of 315; round 27's: 252 of 310; round 31's: 291 of 340; round 33's: 333 of 378; round 32's: 243 of
353; round 35's: 330 of 379; round 34's: 397 of 426; round 37's: 462 of 519; round 38's: 386 of 543; round 36's: 495 of 528; round 40's: 364 of 532;
round 39's: 416 of 527; round 41's: 449 of 528; round 42's: 438 of 540; round 43's: 485 of 519;
round 44's: 467 of 558; round 45's: 493 of 546; round 46's: 459 of 499; round 47's: 451 of 528;
round 48's: 413 of 500; round 49's: 434 of 519; round 50's: 468 of 546; round 51's: 515 of 543; round 52's: 490 of 519;
round 53's: 465 of 562; round 54's: 532 of 563; round 55's: 487 of 536; round 56's: 454 of 540; round 57's: 509 of 531; round 58's: 481 of 515; round 59's: 471 of 536;
round 60's: 503 of 519), so it is
held out no longer; new replies added here, unseen, are the next measure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .corpus import read_corpus, reply_folders

BLIND = Path(__file__).resolve().parent / "blind"

# Floors under today's result (raised as the readers improve), so that a change that loses figures is noticed.
MIN_EXACT = {"tuned on (odd-numbered)": 11781, "held out of tuning (even-numbered)": 11101}


@pytest.mark.parametrize("half, parity", [("tuned on (odd-numbered)", 1), ("held out of tuning (even-numbered)", 0)])
def test_blind_replies(half, parity, tmp_path, run_cli, capsys):
    folders = [f for f in reply_folders(BLIND) if int(f.name.split("_")[0]) % 2 == parity]
    run = read_corpus(folders, tmp_path, run_cli)
    with capsys.disabled():
        print(f"\nBlind replies {half}:\n" + run.table())
    assert run.total.wrong == 0, "figures read wrongly:\n" + "\n".join(run.problems)
    assert run.total.exact >= MIN_EXACT[half]
