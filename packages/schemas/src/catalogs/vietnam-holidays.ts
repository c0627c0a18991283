/**
 * Vietnam's public holidays of 2025 and 2026 for public servants (công
 * chức, viên chức), with the swaps the Government decided, as the working
 * calendar of a catalog: appraisal time counts working days against it.
 * National, so any province's catalog can take it.
 *
 * The holidays themselves are those of the Labour Code 2019, Article 112
 * (Tết Dương lịch 1 day, Tết Âm lịch 5, Giỗ Tổ Hùng Vương 10/3 lunar, 30/4,
 * 1/5, Quốc khánh 2/9 and a day next to it; a holiday on a weekend is made
 * up on the next working day). The spans and swaps of each year are the
 * Government's, from the documents in `sources`, as published; those
 * documents were read in press reports quoting them, and the number of the
 * October 2025 one was not found in them. Not listed: 24/11 "Ngày Văn hóa
 * Việt Nam", which Politburo Resolution 80-NQ/TW (January 2026) makes a paid
 * day off once the Labour Code is amended; add it to the catalog when the
 * amendment is in force.
 */
import type { WorkingCalendar } from '../calendar.js';

export const vietnamWorkingCalendar: WorkingCalendar = {
  years: [2025, 2026],
  sources: [
    {
      id: 'bo-luat-lao-dong-2019',
      title: { vi: 'Bộ luật Lao động số 45/2019/QH14, Điều 112 (nghỉ lễ, tết)', en: 'Labour Code 45/2019/QH14, Article 112 (public holidays)' },
      issuer: 'Quốc hội',
      reference: '45/2019/QH14',
      issuedOn: '2019-11-20',
    },
    {
      id: 'vpcp-8726-2024',
      title: {
        vi: 'Ý kiến chỉ đạo của Thủ tướng Chính phủ về việc nghỉ Tết Âm lịch và một số dịp nghỉ lễ trong năm 2025; Thông báo 6150/TB-LĐTBXH thực hiện',
        en: 'The Prime Minister’s direction on the Lunar New Year and other holidays of 2025, and the Labour Ministry’s notice 6150/TB-LĐTBXH carrying it out',
      },
      issuer: 'Văn phòng Chính phủ',
      reference: '8726/VPCP-KGVX',
      issuedOn: '2024-11-26',
    },
    {
      id: 'vpcp-2025-10-tet-quoc-khanh-2026',
      title: {
        vi: 'Ý kiến của Thủ tướng Chính phủ đồng ý đề xuất của Bộ Nội vụ về nghỉ Tết Âm lịch và nghỉ lễ Quốc khánh năm 2026',
        en: 'The Prime Minister’s approval of the Ministry of Home Affairs’ proposal for the 2026 Lunar New Year and National Day holidays',
      },
      issuer: 'Văn phòng Chính phủ',
      reference: 'Văn bản của Văn phòng Chính phủ, tháng 10/2025',
    },
    {
      id: 'vpcp-12729-2025',
      title: { vi: 'Ý kiến của Phó Thủ tướng Chính phủ về nghỉ Tết Dương lịch năm 2026', en: 'The Deputy Prime Minister’s approval of the 2026 New Year holiday' },
      issuer: 'Văn phòng Chính phủ',
      reference: '12729/VPCP-KGVX',
      issuedOn: '2025-12-25',
    },
  ],
  daysOff: [
    { from: '2025-01-01', title: { vi: 'Tết Dương lịch', en: 'New Year’s Day' }, sourceId: 'bo-luat-lao-dong-2019' },
    {
      from: '2025-01-25',
      to: '2025-02-02',
      title: { vi: 'Tết Nguyên đán Ất Tỵ (26 tháng Chạp đến mùng 5 tháng Giêng)', en: 'Lunar New Year (Ất Tỵ)' },
      sourceId: 'vpcp-8726-2024',
    },
    { from: '2025-04-07', title: { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: 'Hùng Kings’ Commemoration (10th day of the 3rd lunar month)' }, sourceId: 'bo-luat-lao-dong-2019' },
    {
      from: '2025-04-30',
      to: '2025-05-04',
      title: { vi: 'Ngày Chiến thắng và Quốc tế Lao động (nghỉ thứ Sáu 2/5, làm bù thứ Bảy 26/4)', en: 'Reunification Day and Labour Day (Friday 2/5 off, worked on Saturday 26/4)' },
      sourceId: 'vpcp-8726-2024',
    },
    {
      from: '2025-08-30',
      to: '2025-09-02',
      title: { vi: 'Quốc khánh (1/9 và 2/9)', en: 'National Day (1 and 2 September)' },
      sourceId: 'vpcp-8726-2024',
    },
    {
      from: '2026-01-01',
      to: '2026-01-04',
      title: { vi: 'Tết Dương lịch (nghỉ thứ Sáu 2/1, làm bù thứ Bảy 10/1)', en: 'New Year (Friday 2/1 off, worked on Saturday 10/1)' },
      sourceId: 'vpcp-12729-2025',
    },
    {
      from: '2026-02-14',
      to: '2026-02-22',
      title: { vi: 'Tết Nguyên đán Bính Ngọ (27 tháng Chạp đến mùng 6 tháng Giêng)', en: 'Lunar New Year (Bính Ngọ)' },
      sourceId: 'vpcp-2025-10-tet-quoc-khanh-2026',
    },
    {
      from: '2026-04-26',
      to: '2026-04-27',
      title: { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch là Chủ nhật, nghỉ bù thứ Hai 27/4)', en: 'Hùng Kings’ Commemoration (on a Sunday, made up on Monday 27/4)' },
      sourceId: 'bo-luat-lao-dong-2019',
    },
    { from: '2026-04-30', to: '2026-05-01', title: { vi: 'Ngày Chiến thắng và Quốc tế Lao động', en: 'Reunification Day and Labour Day' }, sourceId: 'bo-luat-lao-dong-2019' },
    {
      from: '2026-08-29',
      to: '2026-09-02',
      title: { vi: 'Quốc khánh (1/9 và 2/9; nghỉ thứ Hai 31/8, làm bù thứ Bảy 22/8)', en: 'National Day (1 and 2 September; Monday 31/8 off, worked on Saturday 22/8)' },
      sourceId: 'vpcp-2025-10-tet-quoc-khanh-2026',
    },
  ],
  makeUpDays: [
    { date: '2025-04-26', title: { vi: 'Làm bù cho thứ Sáu 2/5/2025', en: 'Worked for Friday 2 May 2025' }, sourceId: 'vpcp-8726-2024' },
    { date: '2026-01-10', title: { vi: 'Làm bù cho thứ Sáu 2/1/2026', en: 'Worked for Friday 2 January 2026' }, sourceId: 'vpcp-12729-2025' },
    { date: '2026-08-22', title: { vi: 'Làm bù cho thứ Hai 31/8/2026', en: 'Worked for Monday 31 August 2026' }, sourceId: 'vpcp-2025-10-tet-quoc-khanh-2026' },
  ],
};
