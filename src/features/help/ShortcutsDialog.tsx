import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { shortcutGroups } from './shortcuts';

/** The editor's keyboard shortcuts; opened with `?` in the editor or from the help menu. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('help.shortcuts.title')} open={open} onClose={onClose}>
      <p className="muted">{t('help.shortcuts.intro')}</p>
      {shortcutGroups.map(({ group, shortcuts }) => (
        <table key={group} className="shortcuts">
          <caption>{t(`help.shortcuts.group.${group}`)}</caption>
          <tbody>
            {shortcuts.map(({ action, keys }) => (
              <tr key={action}>
                <th scope="row">{t(`help.shortcuts.action.${action}`)}</th>
                <td>
                  {keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ' '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </Dialog>
  );
}
