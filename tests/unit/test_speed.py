"""Generation speed leaves out the time each model pass spends reading its prompt."""

from __future__ import annotations

import pytest

from assistant.core.engine.speed import GenerationSpeed


def run(meter: GenerationSpeed, now: list[float], tokens: int, gap: float) -> None:
    for _ in range(tokens):
        now[0] += gap
        meter.token()


def test_prompt_reading_between_passes_is_not_writing_time() -> None:
    now = [0.0]
    meter = GenerationSpeed(clock=lambda: now[0])
    assert meter.tokens_per_s == 0.0
    meter.new_pass()
    now[0] += 30.0  # reading the first part's prompt
    run(meter, now, 41, 0.05)  # 20 tokens/s
    assert meter.tokens_per_s == pytest.approx(20.0)
    meter.new_pass()
    now[0] += 90.0  # the next part's prompt
    run(meter, now, 21, 0.1)  # 10 tokens/s
    assert meter.tokens_per_s == pytest.approx(60 / 4.0)  # 60 tokens in 4 s of writing


def test_a_pass_the_meter_was_not_told_about_is_seen_as_a_pause() -> None:
    now = [0.0]
    meter = GenerationSpeed(clock=lambda: now[0])
    run(meter, now, 21, 0.05)
    now[0] += 45.0  # a new pass reading its prompt, without new_pass()
    run(meter, now, 20, 0.05)
    assert meter.tokens_per_s == pytest.approx(20.0)


def test_tokens_that_arrive_in_bursts_read_at_the_speed_they_were_written() -> None:
    # The worker writes fast tokens a few at a time: three per write, a write every 50 ms.
    now = [0.0]
    meter = GenerationSpeed(clock=lambda: now[0])
    meter.new_pass()
    meter.token()  # the first token is sent at once
    for _ in range(2):  # a short answer: two writes so far, too little to tell a speed
        now[0] += 0.05
        run(meter, now, 3, 0.0001)
    assert meter.tokens_per_s == 0.0
    for _ in range(18):
        now[0] += 0.05
        run(meter, now, 3, 0.0001)
    assert meter.tokens_per_s == pytest.approx(60.0, rel=0.02)
