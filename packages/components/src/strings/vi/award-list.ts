/**
 * What `<award-list>` says (the catalogue's `awardList` namespace): the
 * awardees of a round or a campaign, published (danh sách khen thưởng), its
 * filters, search and CSV. The error state's words are the `errors` namespace.
 */
export const awardList = {
  /** The table's caption, unless the page gives its own (`label`). */
  caption: 'Danh sách tập thể, cá nhân được khen thưởng',
  loading: 'Đang tải danh sách khen thưởng…',
  /** While later pages arrive: what is here is already listed and searchable. */
  loadingMore: (count: number) => `Đã tải ${count} người, tập thể; đang tải tiếp…`,
  filters: 'Lọc danh sách khen thưởng',
  search: 'Tìm theo tên, đơn vị',
  searchHint: 'Gõ có dấu hoặc không dấu, ví dụ “nguyen van” hoặc “tu son”.',
  awardType: 'Hình thức khen thưởng',
  allAwardTypes: 'Tất cả hình thức',
  unitKind: 'Loại đơn vị đề nghị',
  allUnitKinds: 'Tất cả loại đơn vị',
  /** The kinds of proposing unit (OrganisationUnitKind). */
  unitKinds: {
    province: 'Tỉnh',
    department: 'Sở, ban, ngành',
    agency: 'Cơ quan, đơn vị',
    district: 'Huyện (cũ)',
    commune: 'Xã',
    ward: 'Phường',
    enterprise: 'Doanh nghiệp',
    organisation: 'Tổ chức chính trị - xã hội',
    communityTeam: 'Tổ Công nghệ số cộng đồng',
  },
  clearFilters: 'Xóa bộ lọc',
  downloadCsv: 'Tải về CSV',
  /** The visually hidden end of the download button's name. */
  downloadWhat: ' danh sách đang hiển thị',
  columns: {
    index: 'STT',
    awardee: 'Tập thể, cá nhân được khen thưởng',
    award: 'Hình thức khen thưởng',
    decision: 'Quyết định',
    proposer: 'Đơn vị đề nghị',
  },
  /** What an awardee is, said after a collective's name and before an individual's position. */
  kinds: { individual: 'Cá nhân', collective: 'Tập thể' },
  /** "Số 125/QĐ-UBND ngày 15/01/2027". */
  decision: (number: string, date: string) => `Số ${number} ngày ${date}`,
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  /** The count above the table, said by screen readers when it changes. */
  shown: (shown: number, total: number) =>
    shown === total ? `${total} tập thể, cá nhân được khen thưởng.` : `Hiển thị ${shown} trong số ${total} tập thể, cá nhân được khen thưởng.`,
  empty: 'Chưa có tập thể, cá nhân nào được khen thưởng.',
  noMatch: 'Không có ai khớp với tìm kiếm hoặc bộ lọc đã chọn.',
  /** The CSV file: its name (without extension) and the headers of columns the table shows merged. */
  csv: {
    file: 'danh-sach-khen-thuong',
    name: 'Tên tập thể, cá nhân',
    kind: 'Tập thể / cá nhân',
    position: 'Chức vụ',
    workplace: 'Đơn vị công tác',
    round: 'Đợt khen thưởng',
    unitKind: 'Loại đơn vị đề nghị',
  },
  /** Said when the CSV has been made. */
  downloaded: (count: number) => `Đã tạo tệp CSV gồm ${count} dòng.`,
};
