// Which of the file's first rows names the columns. Exports open with report titles and blank
// lines; Cobro guesses the header row, and when the guess is wrong the user picks another here
// and the file is read again from that row.
import { useId, useState } from 'react';
import type { SampleRow } from '../../import/types';
import { useUi } from '../context';

/** Cells shown per row: enough to recognise the header without a table wider than the page. */
const SHOWN_CELLS = 8;

export function ImportHeaderChoice(props: { rows: readonly SampleRow[]; current: number; onChoose(line: number): void }) {
  const { t } = useUi('ImportHeaderChoice');
  const id = useId();
  const [chosen, setChosen] = useState(props.current);
  if (props.rows.length === 0) return null;
  const width = Math.min(SHOWN_CELLS, Math.max(...props.rows.map((row) => row.cells.length)));
  return (
    <form
      className="cobro-header-choice"
      data-cobro="import-header-choice"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen !== props.current) props.onChoose(chosen);
      }}
    >
      <fieldset>
        <legend>{t('ws.import.headerRow')}</legend>
        <p className="cobro-field-hint">{t('ws.import.headerRowHint')}</p>
        <div className="cobro-table-wrap" role="group" tabIndex={0} aria-label={t('ws.import.headerRowSample')}>
          <table className="cobro-table">
            <tbody>
              {props.rows.map((row) => (
                <tr key={row.line} aria-current={row.line === props.current ? 'true' : undefined} className={row.line === chosen ? 'cobro-chosen-row' : undefined}>
                  <th scope="row">
                    <label className="cobro-check">
                      <input type="radio" name={`${id}-header`} checked={row.line === chosen} onChange={() => setChosen(row.line)} />
                      <span className="cobro-visually-hidden">{t('ws.import.headerRowUse', { line: row.line })}</span>
                      <span aria-hidden="true">{row.line === props.current ? t('ws.import.headerRowChosen', { line: row.line }) : t('ws.import.headerRowLine', { line: row.line })}</span>
                    </label>
                  </th>
                  {row.cells.slice(1).every((cell) => cell === '') ? (
                    // A title or a note: one cell across the table, so it reads whole.
                    <td colSpan={width}>{row.cells[0]}</td>
                  ) : (
                    row.cells.slice(0, SHOWN_CELLS).map((cell, index) => (
                      <td key={index} className="cobro-sample-cell" data-may-clip title={cell}>
                        {cell}
                      </td>
                    ))
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </fieldset>
      <div className="cobro-buttons">
        <button type="submit" disabled={chosen === props.current}>
          {t('ws.import.headerRowUse', { line: chosen })}
        </button>
      </div>
    </form>
  );
}
