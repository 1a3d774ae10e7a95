import { useTranslation } from 'react-i18next';
import { Menu, MenuItem } from '../ui/Menu';
import { useHelp, type HelpTopic } from './helpStore';

const topics: { topic: HelpTopic; label: string }[] = [
  { topic: 'guide', label: 'help.guide.open' },
  { topic: 'legend', label: 'help.legend.open' },
  { topic: 'shortcuts', label: 'help.shortcuts.open' },
];

/** The toolbar's help menu: shortcuts, the legend of the canvas's marks, the first-run guide. */
export function HelpMenu() {
  const { t } = useTranslation();
  const open = useHelp((s) => s.open);
  return (
    <Menu label={t('help.menu')} title={t('help.menuTitle')}>
      {topics.map(({ topic, label }) => (
        <MenuItem key={topic} onSelect={() => open(topic)}>
          {t(label)}
        </MenuItem>
      ))}
    </Menu>
  );
}
