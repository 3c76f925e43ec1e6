import type { Lang } from '@ketnap/domain';

export const newCandidateMessages: Record<
  Lang,
  {
    title: string;
    cell: string;
    chooseCell: string;
    choose: string;
    fullName: string;
    gender: string;
    male: string;
    female: string;
    birthDate: string;
    enteredPoolOn: string;
    education: string;
    youthUnionMember: string;
    save: string;
    failed: string;
  }
> = {
  vi: {
    title: 'Thêm quần chúng',
    cell: 'Chi bộ',
    chooseCell: 'Chọn chi bộ.',
    choose: '— Chọn —',
    fullName: 'Họ và tên',
    gender: 'Giới tính',
    male: 'Nam',
    female: 'Nữ',
    birthDate: 'Ngày sinh',
    enteredPoolOn: 'Ngày đưa vào nguồn phát triển',
    education: 'Trình độ giáo dục phổ thông',
    youthUnionMember: 'Là đoàn viên Đoàn TNCS Hồ Chí Minh',
    save: 'Lưu',
    failed: 'Không lưu được. Vui lòng thử lại.',
  },
  en: {
    title: 'Add a candidate',
    cell: 'Cell',
    chooseCell: 'Choose a cell.',
    choose: '— Choose —',
    fullName: 'Full name',
    gender: 'Gender',
    male: 'Male',
    female: 'Female',
    birthDate: 'Date of birth',
    enteredPoolOn: 'Entered the pool on',
    education: 'General education',
    youthUnionMember: 'Youth Union member',
    save: 'Save',
    failed: 'Could not save. Please try again.',
  },
};
