import { columnShares, type Report, type ReportCell, type TextBlock } from '../../../domain/report/report';

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
          <Blocks list={section.above} />
          <h2>{section.heading}</h2>
          <Blocks list={section.intro} />
          <table className={section.dense ? 'report-print__dense' : undefined}>
            <colgroup>
              {columnShares(section).map((share, column) => (
                <col key={column} style={{ width: `${100 * share}%` }} />
              ))}
            </colgroup>
            <thead>
              {section.columnGroups && <Row cells={section.columnGroups} header />}
              <Row cells={section.columns.map((column) => ({ text: column.title }))} header />
            </thead>
            <tbody>
              {section.rows.map((cells, row) => (
                <Row key={row} cells={cells} />
              ))}
            </tbody>
          </table>
          {section.notes?.map((note, n) => (
            <p key={n} className="report-print__note">
              {note}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}

function Row({ cells, header }: { cells: ReportCell[]; header?: boolean }) {
  const Cell = header ? 'th' : 'td';
  return (
    <tr>
      {cells.map((cell, column) => (
        <Cell
          key={column}
          colSpan={cell.span}
          className={[cell.figure && 'figure', cell.bold && 'strong'].filter(Boolean).join(' ') || undefined}
          style={cell.fill ? { backgroundColor: `#${cell.fill}` } : undefined}
        >
          {cell.text}
        </Cell>
      ))}
    </tr>
  );
}

function Blocks({ list = [] }: { list?: TextBlock[] }) {
  return list.map((block, index) => (
    <div key={index} className={`report-print__block report-print__block--${block.align}`}>
      {block.lines.map((line, n) => (
        <p key={n} className={block.title && n === 0 ? 'strong' : undefined}>
          {line}
        </p>
      ))}
    </div>
  ));
}
