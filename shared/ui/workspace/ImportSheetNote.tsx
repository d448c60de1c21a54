// Which sheet of a spreadsheet the import read, so a user whose table is on another sheet sees
// it before confirming. The sheet's name comes from the file and is rendered as text.
import { useUi } from '../context';
import type { SheetChoice } from '../../import/spreadsheet';

export function ImportSheetNote(props: { sheet: SheetChoice | undefined }) {
  const { t } = useUi('ImportWizard');
  if (!props.sheet) return null;
  return (
    <p data-cobro="import-sheet">
      {t('ws.import.sheetRead', { sheet: props.sheet.name, count: props.sheet.count })}
    </p>
  );
}
