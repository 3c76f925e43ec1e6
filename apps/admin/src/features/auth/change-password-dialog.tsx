import { Modal } from '@mantine/core';
import { useMessages } from '../../lib/i18n/i18n.js';
import { ChangePasswordForm } from './change-password-form.js';
import { changePasswordMessages } from './messages.js';

/** "Đổi mật khẩu" from the header: the change-password form in a dialog, which closes once the password changed. */
export function ChangePasswordDialog({
  username,
  opened,
  onClose,
}: {
  username: string;
  opened: boolean;
  onClose: () => void;
}) {
  const m = useMessages(changePasswordMessages);
  return (
    <Modal opened={opened} onClose={onClose} title={m.title}>
      {/* Mounted while open only: a closed dialog keeps no password typed into it. */}
      {opened && <ChangePasswordForm username={username} onChanged={onClose} onCancel={onClose} />}
    </Modal>
  );
}
