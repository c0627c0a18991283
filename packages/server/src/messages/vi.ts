/**
 * The server's user-facing messages in Vietnamese, the reference language:
 * its keys are the message keys, and every other language must give each
 * one (see en.ts), so a missing translation fails the type check.
 */
export const vi = {
  validation_failed: 'Dữ liệu gửi lên không hợp lệ',
  not_found: 'Không tìm thấy',
  campaign_not_found: 'Không tìm thấy phong trào thi đua',
  commendation_not_found: 'Phong trào thi đua này không nhận đề nghị khen thưởng',
  indicator_not_found: 'Không tìm thấy chỉ tiêu',
  metric_not_found: 'Phong trào không có chỉ số hay chỉ tiêu xếp hạng này',
  unit_not_found: 'Không tìm thấy cơ quan, đơn vị',
  token_not_found: 'Không có mã truy cập đang hiệu lực với mã số này',
  route_not_found: 'Không có địa chỉ này trong API',
  method_not_allowed: 'Phương thức không được hỗ trợ cho địa chỉ này',
  internal: 'Lỗi máy chủ; không có dữ liệu nào bị thay đổi',
  unauthorized: 'Cần mã truy cập hợp lệ (Authorization: Bearer …)',
  forbidden_unit: 'Mã truy cập này không được báo cáo số liệu cho đơn vị này',
  forbidden_role: 'Vai trò của mã truy cập này không được làm việc này',
  unsupported_media_type: 'Nội dung gửi lên phải là JSON (Content-Type: application/json)',
  malformed_json: 'Nội dung JSON không đọc được',
  payload_too_large: 'Nội dung gửi lên quá lớn',
  idempotency_key_invalid: 'Idempotency-Key phải gồm 1–200 ký tự in được',
  idempotency_key_reused: 'Idempotency-Key này đã được dùng cho một yêu cầu khác',
  unit_required_across_campaigns: 'Các chỉ tiêu thuộc nhiều phong trào: hãy chỉ rõ đơn vị (unit)',
  reporter_needs_unit: 'Mã truy cập này cần ít nhất một đơn vị (chỉ mã của cơ quan điều phối dùng cho mọi đơn vị)',
  forbidden_proposer_unit: 'Mã truy cập này không được lập hồ sơ đề nghị cho đơn vị này',
  forbidden_list_unit: 'Mã truy cập này không dùng cho đơn vị này',
  proposal_not_found: 'Không tìm thấy hồ sơ đề nghị',
  nomination_not_found: 'Không tìm thấy đối tượng đề nghị trong hồ sơ',
  proposal_changed: 'Hồ sơ đã được thay đổi từ lần đọc trước; không có gì được lưu. Hãy tải lại hồ sơ rồi sửa lại',
  file_too_large: 'Tệp lớn hơn {size}',
  dossier_too_large: 'Tổng dung lượng các tệp của hồ sơ sẽ vượt 100 MiB',
  file_empty: 'Tệp rỗng',
  file_type_unsupported: 'Tệp không phải PDF, DOCX, JPEG hoặc PNG (nhận biết theo nội dung, không theo tên)',
  file_kind_mismatch: 'Loại tệp này thuộc về một đối tượng đề nghị (báo cáo thành tích) hoặc về hồ sơ (tờ trình, biên bản), không phải ở đây',
  file_not_found: 'Không có tệp này trong hồ sơ',
  form_expected: 'Nội dung gửi lên phải là biểu mẫu (Content-Type: multipart/form-data)',
  malformed_form: 'Không đọc được biểu mẫu',
  proposal_not_draft: 'Hồ sơ đã gửi, không sửa được',
  proposal_withdrawn: 'Hồ sơ đã rút, không sửa được',
  proposal_appraised: 'Hồ sơ đã được thẩm định, không rút được',
  import_type_unsupported: 'Tệp không phải bảng tính .xlsx hoặc .csv mã UTF-8 (nhận biết theo nội dung, không theo tên). Tệp CSV mã khác: trong Excel hãy lưu dạng "CSV UTF-8"',
  import_xls: 'Tệp .xls (Excel 97–2003) không đọc được: hãy mở bằng Excel và lưu lại dạng .xlsx',
  import_unpacked_too_large: 'Bảng tính giải nén ra lớn hơn 32 MiB',
  import_unreadable: 'Không đọc được bảng tính .xlsx này',
  import_refused: 'Chưa nhập được danh sách: tệp có lỗi, xem từng dòng. Không có đối tượng nào được thêm',
  duplicate_nomination: 'Đối tượng này đã được đề nghị cho cùng đợt và hình thức khen thưởng',
} as const;

export type ServerMessageKey = keyof typeof vi;
export type ServerMessages = Record<ServerMessageKey, string>;
