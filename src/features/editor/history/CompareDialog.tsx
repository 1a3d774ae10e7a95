import { useTranslation } from 'react-i18next';
import { VariantDiffView, type DiffSide } from '../../compare/diff/VariantDiffView';
import { useDictionary } from '../../data/useDictionary';
import { Dialog } from '../../ui/Dialog';
import '../../compare/diff/diff.css';

interface Props {
  projectId: string;
  title: string;
  /** null while the dialog is closed or the content is still being read. */
  sides: { old: DiffSide; new: DiffSide } | null;
  onClose(): void;
}

/** Two contents of one variant (a version and the current one, or both sides of a conflict) in the visual diff. */
export function CompareDialog({ projectId, title, sides, onClose }: Props) {
  const { t } = useTranslation();
  const dictionary = useDictionary(projectId);
  return (
    <Dialog title={title} open={sides !== null} onClose={onClose} wide>
      {sides && (
        <VariantDiffView
          oldSide={sides.old}
          newSide={sides.new}
          entryName={(ref) => dictionary.byId.get(ref)?.name ?? t('stepData.unknownEntry', { id: ref })}
        />
      )}
    </Dialog>
  );
}
