import { columnShares, type Report } from '../../../domain/compare/report';

/**
 * The report as the printed page: plain tables of text, so the team's answers print in full
 * rather than as the three visible lines of a text box. Shown by the print stylesheet only.
 */
export function PrintedReport({ report }: { report: Report }) {
  return (
    <div className="report-print">
      {report.sections.map((section, index) => (
        <section key={section.id} className={section.landscape ? 'report-print__part report-print__part--wide' : 'report-print__part'}>
          {/* Inside the first part, so a landscape part does not leave the title alone on a page of its own. */}
          {index === 0 && report.title.map((line, n) => (n === 0 ? <h1 key={n}>{line}</h1> : <p key={n}>{line}</p>))}
          {section.caption && <p className="report-print__caption">{section.caption}</p>}
          <h2>{section.heading}</h2>
          <table>
            <colgroup>
              {columnShares(section).map((share, column) => (
                <col key={column} style={{ width: `${100 * share}%` }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {section.columns.map((column, n) => (
                  <th key={n}>{column.title}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {section.rows.map((cells, row) => (
                <tr key={row}>
                  {cells.map((cell, column) => (
                    <td key={column} className={cell.figure ? 'figure' : undefined}>
                      {cell.text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
