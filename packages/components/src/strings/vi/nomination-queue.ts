/** "Hồ sơ BN2026-BK-0042" inside a sentence: its first letter only lowered (a reference stays as written). */
const inSentence = (name: string) => name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);

/**
 * What `<nomination-queue>` says (the catalogue's `nominationQueue`
 * namespace): the appraisers' queue of dossiers, its filters, sorting, pager
 * and deadlines. `<nomination-review>` speaks it too, for the words the two
 * share (statuses, nominee kinds, deadlines). The error state's words are the
 * `errors` namespace.
 */
export const nominationQueue = {
  /** The table's caption, unless the page gives its own (`label`). */
  caption: 'Hồ sơ đề nghị khen thưởng cần thẩm định',
  loading: 'Đang tải hồ sơ cần thẩm định…',
  /** The name of the group of filters. */
  filters: 'Lọc hồ sơ cần thẩm định',
  search: 'Tìm theo số hồ sơ, đơn vị, hình thức',
  /** Under the search box: what it looks in, and that marks do not matter. */
  searchHint: 'Gõ có dấu hoặc không dấu đều được.',
  round: 'Đợt khen thưởng',
  allRounds: 'Tất cả các đợt',
  awardType: 'Hình thức khen thưởng',
  allAwardTypes: 'Tất cả hình thức',
  unit: 'Đơn vị đề nghị',
  allUnits: 'Tất cả đơn vị',
  status: 'Trạng thái',
  allStatuses: 'Tất cả trạng thái',
  deadline: 'Thời hạn thẩm định',
  deadlines: {
    all: 'Tất cả',
    dueSoon: 'Sắp đến hạn',
    overdue: 'Quá hạn',
  },
  clearFilters: 'Xóa bộ lọc',
  columns: {
    reference: 'Số hồ sơ',
    unit: 'Đơn vị đề nghị',
    awardType: 'Hình thức khen thưởng',
    round: 'Đợt',
    nominations: 'Số người được đề nghị',
    status: 'Trạng thái',
    completeOn: 'Ngày hồ sơ đầy đủ',
    dueOn: 'Hạn thẩm định',
  },
  /** A proposal's and a nomination's status, in the order a dossier goes through them. */
  statuses: {
    draft: 'Bản nháp',
    submitted: 'Đã nộp, chờ tiếp nhận',
    withdrawn: 'Đã rút',
    underAppraisal: 'Đang thẩm định',
    returned: 'Trả lại để hoàn thiện',
    resubmitted: 'Đã nộp lại',
    appraised: 'Đã thẩm định xong',
    eligible: 'Đủ điều kiện, trình Chủ tịch',
    rejected: 'Không đủ điều kiện',
    awarded: 'Đã được khen thưởng',
  },
  /** Who a nomination is for. */
  groups: {
    collective: 'Tập thể',
    individual: 'Cá nhân',
    communityTeam: 'Tổ Công nghệ số cộng đồng',
    communityTeamMember: 'Thành viên Tổ Công nghệ số cộng đồng',
  },
  /** A deadline as the badge says it: how it stands and the working days left (or past). */
  deadlineState: {
    onTime: (days: number) => `Còn ${days} ngày làm việc`,
    dueSoon: (days: number) => (days === 0 ? 'Đến hạn hôm nay' : `Sắp đến hạn: còn ${days} ngày làm việc`),
    overdue: (days: number) => (days === 0 ? 'Quá hạn' : `Quá hạn ${days} ngày làm việc`),
  },
  /** The due date under the badge. */
  dueOn: (date: string) => `Hạn ${date}`,
  /** While the dossier is with its proposer (returned) or decided, the appraisal time does not run. */
  noDeadline: 'Không tính thời hạn',
  /** The calendar lacks the holidays of a year the deadline crosses: weekends only were skipped. */
  calendarIncomplete: 'Chưa có lịch nghỉ lễ của năm này: hạn chỉ trừ thứ Bảy, Chủ nhật.',
  /** The round's or award's id when the catalog no longer names it. */
  unknown: (id: string) => `“${id}”`,
  /** The link or button that opens a dossier; `what` is read after it by a screen reader. */
  open: 'Xem',
  openWhat: (name: string) => ` ${inSentence(name)}`,
  proposalName: (reference: string) => `Hồ sơ ${reference}`,
  /** The count above the table, said by screen readers when it changes. */
  shown: (count: number, total: number, more: boolean) =>
    (count === total ? `${count} hồ sơ` : `${count} trong số ${total} hồ sơ đã tải khớp bộ lọc`) + (more ? ', còn hồ sơ chưa tải.' : '.'),
  /** Said after "load more", before the count. */
  loadedMore: (count: number) => `Đã tải thêm ${count} hồ sơ.`,
  more: 'Tải thêm',
  moreWhat: ' hồ sơ',
  loadingMore: 'Đang tải thêm…',
  moreFailed: 'Không tải thêm được hồ sơ.',
  empty: 'Chưa có hồ sơ nào cần thẩm định.',
  noMatch: 'Không có hồ sơ nào khớp bộ lọc đã chọn.',
};
