/** What `<kpi-board>` says around its cards. */
export const board = {
  caption: (unit: string, date: string) => `Tiến độ của ${unit} · đánh giá ngày ${date}`,
  filter: 'Lọc chỉ tiêu theo trạng thái',
  all: 'Tất cả',
  shown: (shown: number, total: number) => `Đang hiển thị ${shown}/${total} chỉ tiêu`,
  loading: 'Đang tải các chỉ tiêu…',
  empty: 'Phong trào này chưa có chỉ tiêu nào.',
  none: 'Không có chỉ tiêu nào ở trạng thái này.',
  other: 'Chỉ tiêu khác',
};
