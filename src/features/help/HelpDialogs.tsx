import './help.css';
import { GuideDialog } from './Guide';
import { LegendDialog } from './LegendDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useHelp } from './helpStore';

/** The open help dialog, if any; rendered once by the app shell. */
export function HelpDialogs() {
  const topic = useHelp((s) => s.topic);
  const close = useHelp((s) => s.close);
  return (
    <>
      <ShortcutsDialog open={topic === 'shortcuts'} onClose={close} />
      <LegendDialog open={topic === 'legend'} onClose={close} />
      <GuideDialog open={topic === 'guide'} onClose={close} />
    </>
  );
}
