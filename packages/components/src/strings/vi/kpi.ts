/**
 * What `<kpi-progress>` says beyond a compact card: with data from the API
 * (`live`, the kpi-progress-api chunk) and in the detailed variant (`detail`,
 * the kpi-progress-detail chunk).
 */
export const kpi = {
  live: {
    indicatorCode: (code: string) => `Chỉ tiêu ${code}`,
    measuredOn: (date: string) => `Số liệu ngày ${date}`,
    demo: 'Số liệu minh họa, không phải số liệu chính thức',
    loading: 'Đang tải số liệu…',
  },
  detail: {
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
