/**
 * What `<featured-models>` says (the catalogue's `featuredModels` namespace):
 * exemplary models (điển hình tiên tiến) as cards for a news site.
 */
export const featuredModels = {
  /** The list's accessible name, unless the page gives its own (`label`). */
  label: 'Điển hình tiên tiến',
  loading: 'Đang tải các điển hình tiên tiến…',
  category: 'Lĩnh vực',
  allCategories: 'Tất cả lĩnh vực',
  /** Before the award, in a card's facts. */
  award: 'Khen thưởng',
  unit: 'Đơn vị',
  /** The decision after the award: "QĐ số 125/QĐ-UBND ngày 15/01/2027". */
  decision: (number: string, date: string) => `QĐ số ${number} ngày ${date}`,
  /** The link to a model's story: visible words, then (read by screen readers) whose story. */
  readMore: 'Đọc tiếp',
  readMoreWhat: (name: string) => ` về ${name}`,
  /** A model without a photo: what stands in its place (decorative; the name is the heading). */
  noPhoto: 'Chưa có ảnh',
  /** Said when the filter changes the cards. */
  shown: (count: number) => (count === 0 ? 'Không có điển hình nào.' : `${count} điển hình tiên tiến.`),
  empty: 'Chưa có điển hình tiên tiến nào được giới thiệu.',
  noMatch: 'Chưa có điển hình nào trong lĩnh vực đã chọn.',
  /** The end of an excerpt cut short. */
  ellipsis: '…',
};
