import type { Lang } from '@ketnap/domain';
import type { SensitiveWords } from './sensitive-fields.js';
import type { StepField } from './step-form.js';

export const candidateMessages: Record<
  Lang,
  SensitiveWords & {
    back: string;
    profile: string;
    gender: string;
    genders: Record<string, string>;
    birthDate: string;
    enteredPoolOn: string;
    stageSince: (date: string) => string;
    education: string;
    youthUnionMember: string;
    tradeUnionMember: string;
    hardshipArea: string;
    sensitive: string;
    revealSensitive: string;
    hideSensitive: string;
    sensitiveHint: string;
    sensitiveNotAllowed: string;
    sensitiveEmpty: string;
    editSensitive: string;
    editSensitiveTitle: string;
    saveSensitive: string;
    sensitiveSaved: string;
    noChanges: string;
    fixErrors: string;
    period: Record<'from' | 'to' | 'text', string>;
    relative: Record<
      'relation' | 'fullName' | 'birthYear' | 'occupation' | 'partyMember' | 'politicalHistory',
      string
    >;
    former: Record<'leftOn' | 'reason' | 'recordExpungedOn' | 'choose', string>;
    line: (label: string, n: number) => string;
    addLine: string;
    removeLine: (n: number) => string;
    editProfile: string;
    saveProfile: string;
    profileSaved: string;
    yes: string;
    no: string;
    unknown: string;
    timeline: string;
    checklist: string;
    document: string;
    form: string;
    paper: string;
    status: string;
    filedOn: string;
    paperStatus: Record<'filed' | 'missing' | 'not-required', string>;
    checks: string;
    checksHint: (ruleSet: string) => string;
    deadlines: string;
    noDeadlines: string;
    probationEnds: string;
    officialFrom: string;
    nextActions: string;
    nextSteps: string;
    againSteps: string;
    noActions: string;
    chooseStep: string;
    stepDate: string;
    fields: Record<Exclude<StepField, 'on'>, string>;
    introducerKinds: Record<'member' | 'youth-union' | 'trade-union', string>;
    relations: Record<'' | 'work' | 'study' | 'residence', string>;
    consentReasons: Record<'' | 'over-60' | 'community-elder' | 'readmission', string>;
    bodies: Record<'' | 'partial' | 'grassroots', string>;
    mayIntroduce: string;
    mayNotIntroduce: string;
    preview: string;
    previewHint: string;
    previewOk: string;
    refusedTitle: string;
    warningsTitle: string;
    record: string;
    cancel: string;
    recorded: (step: string) => string;
    staleTitle: string;
    reload: string;
    failed: string;
  }
> = {
  vi: {
    back: 'Về danh sách quần chúng',
    profile: 'Thông tin cơ bản',
    gender: 'Giới tính',
    genders: { M: 'Nam', F: 'Nữ' },
    birthDate: 'Ngày sinh',
    enteredPoolOn: 'Vào nguồn phát triển',
    stageSince: (date) => `từ ngày ${date}`,
    education: 'Trình độ giáo dục phổ thông',
    youthUnionMember: 'Đoàn viên',
    tradeUnionMember: 'Đoàn viên công đoàn',
    hardshipArea: 'Sống ở vùng khó khăn, biên giới, hải đảo',
    sensitive: 'Thông tin nhạy cảm',
    revealSensitive: 'Xem (việc xem được ghi nhật ký)',
    hideSensitive: 'Ẩn',
    sensitiveHint:
      'Dân tộc, tôn giáo, lịch sử bản thân, gia đình… Mỗi lần xem được ghi vào nhật ký thao tác (tên trường, không ghi nội dung).',
    sensitiveNotAllowed: 'Tài khoản chỉ xem không được xem thông tin nhạy cảm.',
    sensitiveEmpty: 'Chưa khai thông tin nhạy cảm nào.',
    editSensitive: 'Sửa',
    editSensitiveTitle: 'Sửa thông tin nhạy cảm',
    saveSensitive: 'Lưu thông tin nhạy cảm',
    sensitiveSaved: 'Đã lưu thông tin nhạy cảm (nhật ký ghi tên trường, không ghi nội dung).',
    noChanges: 'Không có thay đổi nào để lưu.',
    fixErrors: 'Sửa các ô báo lỗi để xem kết quả kiểm tra.',
    period: { from: 'Từ ngày', to: 'Đến ngày (để trống nếu đến nay)', text: 'Nội dung' },
    relative: {
      relation: 'Quan hệ',
      fullName: 'Họ và tên',
      birthYear: 'Năm sinh (để trống nếu không rõ)',
      occupation: 'Nghề nghiệp',
      partyMember: 'Là đảng viên',
      politicalHistory: 'Lịch sử chính trị',
    },
    former: {
      leftOn: 'Ngày ra khỏi Đảng',
      reason: 'Lý do ra khỏi Đảng',
      recordExpungedOn: 'Ngày được xóa án tích (nếu có)',
      choose: '— Chọn —',
    },
    line: (label, n) => `${label}: dòng ${n}`,
    addLine: 'Thêm dòng',
    removeLine: (n) => `Xóa dòng ${n}`,
    untilNow: 'nay',
    leftOn: (date, reason) => `Ra khỏi Đảng ngày ${date}: ${reason}`,
    expungedOn: (date) => `Được xóa án tích ngày ${date}`,
    readmittedBefore: 'Đã từng được kết nạp lại',
    partyMember: 'đảng viên',
    editProfile: 'Sửa thông tin',
    saveProfile: 'Lưu thông tin',
    profileSaved: 'Đã lưu thông tin của quần chúng.',
    yes: 'Có',
    no: 'Không',
    unknown: 'Chưa khai',
    timeline: 'Quá trình',
    checklist: 'Hồ sơ',
    document: 'Mã',
    form: 'Mẫu',
    paper: 'Giấy tờ',
    status: 'Tình trạng',
    filedOn: 'Ngày',
    paperStatus: { filed: 'Đã có', missing: 'Còn thiếu', 'not-required': 'Không cần' },
    checks: 'Kiểm tra theo quy định',
    checksHint: (ruleSet) => `Xét theo ${ruleSet}, tính đến hôm nay.`,
    deadlines: 'Thời hạn',
    noDeadlines: 'Chưa có thời hạn nào đang chạy.',
    probationEnds: 'Hết thời kỳ dự bị',
    officialFrom: 'Chính thức từ ngày',
    nextActions: 'Ghi bước',
    nextSteps: 'Bước tiếp theo',
    againSteps: 'Đã có, ghi thêm (giấy mới, người giới thiệu thứ hai…)',
    noActions: 'Tài khoản của bạn không ghi được bước nào cho quần chúng này.',
    chooseStep: 'Chọn bước cần ghi',
    stepDate: 'Ngày diễn ra',
    fields: {
      memberId: 'Đảng viên',
      introducerKind: 'Người/tổ chức giới thiệu',
      replacement: 'Giới thiệu thay người đã chuyển đi',
      togetherFrom: 'Cùng công tác/cư trú từ ngày',
      togetherTo: 'Đến ngày (để trống nếu vẫn đang)',
      relation: 'Quan hệ',
      serial: 'Số giấy chứng nhận',
      addressee: 'Nơi gửi đề nghị thẩm tra',
      consentReason: 'Trường hợp',
      reference: 'Số văn bản',
      officialMembers: 'Số đảng viên chính thức của chi bộ',
      notCounted:
        'Số đảng viên chính thức không tính vào tổng số (chuyển sinh hoạt tạm thời, đình chỉ, vắng mặt có lý do…)',
      inFavour: 'Số tán thành',
      body: 'Cấp ủy',
      members: 'Số cấp ủy viên',
      number: 'Số quyết định',
      committeeMembers: 'Số thành viên Ban Thường vụ (nếu có)',
      committeeInFavour: 'Số thành viên Ban Thường vụ tán thành',
      extendedWorkingDays: 'Số ngày làm việc gia hạn',
      superiorConsentOn: 'Ngày cấp ủy cấp trên trực tiếp đồng ý cho tổ chức lễ kết nạp chậm (nếu có)',
      reason: 'Lý do',
    },
    introducerKinds: {
      member: 'Đảng viên chính thức',
      'youth-union': 'Ban Chấp hành Đoàn cơ sở',
      'trade-union': 'Ban Chấp hành Công đoàn cơ sở',
    },
    relations: { '': '— Chọn —', work: 'Cùng công tác', study: 'Cùng học tập', residence: 'Cùng cư trú' },
    consentReasons: {
      '': '— Chọn —',
      'over-60': 'Trên 60 tuổi',
      'community-elder': 'Già làng, trưởng bản, người có uy tín',
      readmission: 'Kết nạp lại',
    },
    bodies: { '': '— Chọn —', partial: 'Đảng ủy bộ phận', grassroots: 'Đảng ủy cơ sở' },
    mayIntroduce: 'đủ điều kiện giới thiệu',
    mayNotIntroduce: 'chưa đủ 12 tháng cùng công tác',
    preview: 'Kiểm tra ngay khi nhập',
    previewHint: 'Cùng quy định với máy chủ, chạy trên máy của bạn; máy chủ kiểm tra lại khi lưu.',
    previewOk: 'Theo quy định, bước này được phép.',
    refusedTitle: 'Bước này chưa được phép theo quy định',
    warningsTitle: 'Lưu ý',
    record: 'Ghi bước này',
    cancel: 'Hủy',
    recorded: (step) => `Đã ghi: ${step}.`,
    staleTitle: 'Hồ sơ vừa được người khác cập nhật',
    reload: 'Tải lại hồ sơ',
    failed: 'Không ghi được. Vui lòng thử lại.',
  },
  en: {
    back: 'Back to the candidates',
    profile: 'Basic record',
    gender: 'Gender',
    genders: { M: 'Male', F: 'Female' },
    birthDate: 'Date of birth',
    enteredPoolOn: 'Entered the pool',
    stageSince: (date) => `since ${date}`,
    education: 'General education',
    youthUnionMember: 'Youth Union member',
    tradeUnionMember: 'Trade Union member',
    hardshipArea: 'Lives in a hardship, border or island area',
    sensitive: 'Sensitive information',
    revealSensitive: 'Show (the reading is logged)',
    hideSensitive: 'Hide',
    sensitiveHint:
      'Ethnic group, religion, personal history, family… Every reading is written to the audit log (field names, never the content).',
    sensitiveNotAllowed: 'Read-only accounts may not see sensitive information.',
    sensitiveEmpty: 'No sensitive information declared.',
    editSensitive: 'Edit',
    editSensitiveTitle: 'Edit sensitive information',
    saveSensitive: 'Save sensitive information',
    sensitiveSaved: 'Sensitive information saved (the log names the fields, never the content).',
    noChanges: 'Nothing has changed.',
    fixErrors: 'Correct the fields marked in red to see the checks.',
    period: { from: 'From', to: 'To (empty if ongoing)', text: 'What' },
    relative: {
      relation: 'Relation',
      fullName: 'Full name',
      birthYear: 'Year of birth (empty if unknown)',
      occupation: 'Occupation',
      partyMember: 'Party member',
      politicalHistory: 'Political history',
    },
    former: {
      leftOn: 'Left the Party on',
      reason: 'Why they left',
      recordExpungedOn: 'Criminal record expunged on (if so)',
      choose: '— Choose —',
    },
    line: (label, n) => `${label}: row ${n}`,
    addLine: 'Add a row',
    removeLine: (n) => `Remove row ${n}`,
    untilNow: 'now',
    leftOn: (date, reason) => `Left the Party on ${date}: ${reason}`,
    expungedOn: (date) => `Record expunged on ${date}`,
    readmittedBefore: 'Re-admitted once before',
    partyMember: 'party member',
    editProfile: 'Edit',
    saveProfile: 'Save',
    profileSaved: "The candidate's record is saved.",
    yes: 'Yes',
    no: 'No',
    unknown: 'Not declared',
    timeline: 'Timeline',
    checklist: 'Dossier',
    document: 'Id',
    form: 'Form',
    paper: 'Paper',
    status: 'Status',
    filedOn: 'Date',
    paperStatus: { filed: 'Filed', missing: 'Missing', 'not-required': 'Not required' },
    checks: 'Rule checks',
    checksHint: (ruleSet) => `Judged by ${ruleSet}, as of today.`,
    deadlines: 'Deadlines',
    noDeadlines: 'No deadline is running.',
    probationEnds: 'Probation ends',
    officialFrom: 'Official from',
    nextActions: 'Record a step',
    nextSteps: 'Next steps',
    againSteps: 'Already recorded, record again (a new paper, a second introducer…)',
    noActions: 'Your account records no step for this candidate.',
    chooseStep: 'Choose the step to record',
    stepDate: 'Date it happened',
    fields: {
      memberId: 'Party member',
      introducerKind: 'Introduced by',
      replacement: 'Replaces an introducer who left',
      togetherFrom: 'Worked/lived together from',
      togetherTo: 'Until (empty if still so)',
      relation: 'Relation',
      serial: 'Certificate number',
      addressee: 'Verification sent to',
      consentReason: 'Case',
      reference: 'Document number',
      officialMembers: 'Official members of the cell',
      notCounted: 'Official members not counted (temporarily transferred, suspended, excused absence…)',
      inFavour: 'In favour',
      body: 'Committee',
      members: 'Committee members',
      number: 'Decision number',
      committeeMembers: 'Standing committee members (if recorded)',
      committeeInFavour: 'Standing committee members in favour',
      extendedWorkingDays: 'Extension in working days',
      superiorConsentOn: 'Date the immediate superior consented to a late ceremony (if any)',
      reason: 'Reason',
    },
    introducerKinds: {
      member: 'An official party member',
      'youth-union': 'Youth Union executive',
      'trade-union': 'Trade Union executive',
    },
    relations: {
      '': '— Choose —',
      work: 'Worked together',
      study: 'Studied together',
      residence: 'Lived nearby',
    },
    consentReasons: {
      '': '— Choose —',
      'over-60': 'Over 60',
      'community-elder': 'Community elder',
      readmission: 'Re-admission',
    },
    bodies: { '': '— Choose —', partial: 'Partial committee', grassroots: 'Grassroots committee' },
    mayIntroduce: 'may introduce',
    mayNotIntroduce: 'not 12 months together yet',
    preview: 'Checked as you type',
    previewHint: 'The same rules as the server, run in your browser; the server checks again on saving.',
    previewOk: 'The rules allow this step.',
    refusedTitle: 'The rules do not allow this step yet',
    warningsTitle: 'Note',
    record: 'Record this step',
    cancel: 'Cancel',
    recorded: (step) => `Recorded: ${step}.`,
    staleTitle: 'Someone else has just updated this record',
    reload: 'Reload the record',
    failed: 'Could not record. Please try again.',
  },
};
