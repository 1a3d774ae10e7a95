import { tableWidths } from '../../../domain/report/columnWidths';
import type { Report, ReportBlock, ReportCell, ReportTable, TextBlock } from '../../../domain/report/report';
import { signatureBlank } from './signatureBlank';

/**
 * The report as the printed page: plain tables of text, so the team's answers print in full
 * rather than as the three visible lines of a text box. Shown by the print stylesheet only. The
 * diagrams are left to the files: the page shows them on its own tabs.
 */
export function PrintedReport({ report }: { report: Report }) {
  return (
    <div className="report-print">
      {report.sections.map((section) => (
        <section key={section.id} className={section.landscape ? 'report-print__part report-print__part--wide' : 'report-print__part'}>
          {section.caption?.map((line, n) => (
            <p key={n} className="report-print__caption">
              {line}
            </p>
          ))}
          {section.above?.map((block, n) => <PrintedText key={n} block={block} />)}
          <h2>{section.heading}</h2>
          {section.passport && (
            <dl className="report-print__passport">
              {section.passport.map((field) => (
                <div key={field.label}>
                  <dt>{field.label}:</dt> <dd>{field.value}</dd>
                </div>
              ))}
            </dl>
          )}
          {section.blocks.map((block, n) => (
            <PrintedBlock key={n} block={block} />
          ))}
          {section.footnotes?.length ? (
            <ol className="report-print__footnotes">
              {section.footnotes.map((text, n) => (
                <li key={n}>{text}</li>
              ))}
            </ol>
          ) : null}
          {section.notes?.map((text, n) => (
            <p key={n} className="report-print__note">
              {text}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}

function PrintedBlock({ block }: { block: ReportBlock }) {
  switch (block.kind) {
    case 'text':
      return <PrintedText block={block} />;
    case 'heading':
      return <h3>{block.text}</h3>;
    case 'list':
      return block.items.length ? (
        <ol>
          {block.items.map((item, n) => (
            <li key={n}>{item}</li>
          ))}
        </ol>
      ) : (
        <p className="report-print__note">{block.empty}</p>
      );
    case 'image':
      return null;
    case 'signatures':
      return (
        <table className="report-print__signatures">
          <tbody>
            {block.lines.map((signer, n) => (
              <tr key={n}>
                <th>{signer.role}</th>
                <td>{signer.name}</td>
                <td>{signatureBlank}</td>
                <td>{block.date}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'table':
      return <PrintedTable table={block.table} />;
  }
}

function PrintedText({ block }: { block: TextBlock }) {
  return (
    <div className={`report-print__block report-print__block--${block.align}`}>
      {block.lines.map((line, n) => (
        <p key={n} className={block.title && n === 0 ? 'strong' : undefined}>
          {line}
        </p>
      ))}
    </div>
  );
}

function PrintedTable({ table }: { table: ReportTable }) {
  const { natural } = tableWidths(table);
  const total = natural.reduce((sum, width) => sum + width, 0);
  return (
    <table className={table.dense ? 'report-print__dense' : undefined}>
      <colgroup>
        {natural.map((width, column) => (
          <col key={column} style={{ width: `${(100 * width) / total}%` }} />
        ))}
      </colgroup>
      <thead>
        {table.columnGroups && <Row cells={table.columnGroups} header />}
        <Row cells={table.columns.map((text) => ({ text }))} header />
      </thead>
      <tbody>
        {table.rows.map((cells, row) => (
          <Row key={row} cells={cells} />
        ))}
      </tbody>
    </table>
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
          {cell.footnote !== undefined && <sup>{cell.footnote}</sup>}
        </Cell>
      ))}
    </tr>
  );
}
