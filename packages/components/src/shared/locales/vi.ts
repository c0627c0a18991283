import type { Comparator } from '@thidua/schemas';

/** Every user-visible string of the kit, in one module per language. */
export interface Strings {
  target: string;
  comparatorWords: Record<Comparator, string>;
  /** "top 10": how a rank target "≤ 10" reads. */
  top: (rank: string) => string;
  deadline: (date: string) => string;
  /** What a screen reader says for a progress bar. */
  valueText: (value: string, target: string, deadline?: string) => string;
  met: string;
  notMet: string;
  noData: string;
  loading: string;
  retry: string;
  progress: string;
  indicatorCode: (code: string) => string;
  rank: (n: string) => string;
  grdpShare: (value: string) => string;
  growthRate: (value: string) => string;
  measuredOn: (date: string) => string;
  demo: string;
  errorTitle: string;
  errors: {
    noApi: string;
    notFound: (id: string) => string;
    invalid: (id: string) => string;
    server: (status: number) => string;
    timeout: string;
    invalidResponse: string;
    network: string;
  };
  requestId: (id: string) => string;
}

export const vi: Strings = {
  target: 'Mục tiêu',
  comparatorWords: { gte: 'tối thiểu', gt: 'trên', lte: 'tối đa', lt: 'dưới', eq: 'bằng' },
  top: (rank) => `trong nhóm ${rank} đứng đầu`,
  deadline: (date) => `hạn ${date}`,
  valueText: (value, target, deadline) => `${value} — mục tiêu ${target}${deadline ? ` trước ${deadline}` : ''}`,
  met: 'Đạt mục tiêu',
  notMet: 'Chưa đạt mục tiêu',
  noData: 'Chưa có số liệu',
  loading: 'Đang tải số liệu…',
  retry: 'Thử lại',
  progress: 'Tiến độ thực hiện chỉ tiêu',
  indicatorCode: (code) => `Chỉ tiêu ${code}`,
  rank: (n) => `hạng ${n}`,
  grdpShare: (value) => `${value} GRDP`,
  growthRate: (value) => `${value}/năm`,
  measuredOn: (date) => `Số liệu ngày ${date}`,
  demo: 'Số liệu minh họa, không phải số liệu chính thức',
  errorTitle: 'Không tải được số liệu',
  errors: {
    noApi: 'Chưa cấu hình địa chỉ máy chủ dữ liệu (api-base).',
    notFound: (id) => `Không tìm thấy chỉ tiêu "${id}".`,
    invalid: (id) => `Mã chỉ tiêu "${id}" không hợp lệ.`,
    server: (status) => `Máy chủ dữ liệu báo lỗi (mã ${status}). Vui lòng thử lại sau.`,
    timeout: 'Máy chủ dữ liệu không phản hồi kịp. Vui lòng thử lại.',
    invalidResponse: 'Máy chủ trả về dữ liệu không đúng cấu trúc.',
    network: 'Không kết nối được máy chủ dữ liệu. Vui lòng kiểm tra kết nối và thử lại.',
  },
  requestId: (id) => `Mã yêu cầu: ${id}`,
};
