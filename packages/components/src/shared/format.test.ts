import { expect } from '@open-wc/testing';
import { todayIso } from './format.js';

describe('todayIso', () => {
  it("is the reader's calendar date as yyyy-mm-dd, as the ISO-format locale writes it", () => {
    // Local dates around the turns of a day, a month and a year, and a leap day.
    const dates = [new Date(2026, 0, 5, 0, 0, 1), new Date(2026, 9, 10, 23, 59, 59), new Date(2024, 1, 29, 12), new Date(2025, 11, 31, 23, 30)];
    for (const date of dates) expect(todayIso(date), String(date)).to.equal(date.toLocaleDateString('sv-SE'));
    expect(todayIso(new Date(2026, 0, 5))).to.equal('2026-01-05');
  });
});
