/** What `<kpi-board>` says around its cards. */
export const board = {
  caption: (unit: string, date: string) => `Tiến độ của ${unit} · đánh giá ngày ${date}`,
  /** The name of the board's landmark: tells several boards on one page apart. */
  region: (campaign: string, unit: string, date: string) => `${campaign} — ${unit}, ngày ${date}`,
  /** Once the campaign has ended. */
  resultCaption: (unit: string) => `Kết quả cuối cùng của ${unit}, theo số liệu đến hạn của từng chỉ tiêu`,
  ended: (date: string) => `Phong trào đã kết thúc ngày ${date}.`,
  finalReview: (date: string) => `Tổng kết ngày ${date}.`,
  filterResult: 'Lọc chỉ tiêu theo kết quả',
  noneResult: 'Không có chỉ tiêu nào có kết quả này.',
  filter: 'Lọc chỉ tiêu theo trạng thái',
  all: 'Tất cả',
  shown: (shown: number, total: number) => `Đang hiển thị ${shown}/${total} chỉ tiêu`,
  loading: 'Đang tải các chỉ tiêu…',
  empty: 'Phong trào này chưa có chỉ tiêu nào.',
  none: 'Không có chỉ tiêu nào ở trạng thái này.',
  other: 'Chỉ tiêu khác',
};
