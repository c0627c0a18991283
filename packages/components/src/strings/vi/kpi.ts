/**
 * What `<kpi-progress>` says beyond a compact card: with data from the API
 * (`live`, the kpi-progress-api chunk), in the detailed variant (`detail`,
 * the kpi-progress-detail chunk), and when a static card's number cannot be
 * read (`unreadable`, the kpi-progress-unreadable chunk).
 */
export const kpi = {
  /**
   * An ended campaign's result for an indicator (see `finalResult`): on a card with data
   * from the API, in place of its status, and on the board's filters.
   */
  outcome: { met: 'Đạt', notMet: 'Không đạt', noData: 'Không có số liệu' },
  /** A static card's attribute that is not a number: said plainly, not shown as "no data". */
  unreadable: {
    title: 'Không đọc được số liệu',
    field: { value: 'Giá trị', target: 'Mục tiêu', baseline: 'Mốc xuất phát' },
    notANumber: (field: string, text: string) => `${field} “${text}” không phải là một số (ví dụ 62,5 hoặc 62.5).`,
  },
  live: {
    indicatorCode: (code: string) => `Chỉ tiêu ${code}`,
    measuredOn: (date: string) => `Số liệu ngày ${date}`,
    demo: 'Số liệu minh họa, không phải số liệu chính thức',
    loading: 'Đang tải số liệu…',
  },
  detail: {
    /** An ended campaign: the result rests on the figure of this date. */
    final: (date: string) => `Kết quả cuối cùng, theo số liệu ngày ${date}`,
    finalNoFigure: (deadline: string) => `Kết quả cuối cùng: không có số liệu đến hạn ${deadline}`,
    belowBaseline: 'Đã giảm xuống dưới mức đã đạt lúc xuất phát.',
    daysLeft: (days: number) => (days > 0 ? `Còn ${days} ngày` : days < 0 ? `Quá hạn ${-days} ngày` : 'Hôm nay là hạn chót'),
    path: (done: string, expected: string) => `Đã đi được ${done} chặng đường; theo lộ trình cần ${expected}.`,
    baseline: (value: string, date: string) => `Mốc xuất phát: ${value} (${date})`,
    trend: { better: 'cải thiện', worse: 'đi xuống', same: 'không đổi' },
    trendText: (word: string, from: string, to: string) => `Xu hướng: ${word}, từ ${from} đến ${to}`,
    targetSource: 'Nguồn chỉ tiêu',
    section: (section: string) => `mục ${section}`,
    figureSource: 'Nguồn số liệu',
    measuredOn: 'Ngày số liệu',
    updated: 'Cập nhật',
  },
};
