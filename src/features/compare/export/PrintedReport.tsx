import { naturalWidths } from '../../../domain/compare/columnWidths';
import type { Report, ReportBlock, ReportTable } from '../../../domain/compare/report';
import { signatureBlank } from './signatureBlanks';

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
          {section.caption.map((line, n) => (
            <p key={n} className="report-print__caption">
              {line}
            </p>
          ))}
          <h2>{section.heading}</h2>
          <dl className="report-print__passport">
            {section.passport.map((field) => (
              <div key={field.label}>
                <dt>{field.label}:</dt> <dd>{field.value}</dd>
              </div>
            ))}
          </dl>
          {section.blocks.map((block, n) => (
            <PrintedBlock key={n} block={block} />
          ))}
          {section.footnotes.length > 0 && (
            <ol className="report-print__footnotes">
              {section.footnotes.map((text, n) => (
                <li key={n}>{text}</li>
              ))}
            </ol>
          )}
          {section.notes.map((text, n) => (
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
    case 'heading':
      return <h3>{block.text}</h3>;
    case 'paragraph':
      return <p>{block.text}</p>;
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

function PrintedTable({ table }: { table: ReportTable }) {
  const { natural } = naturalWidths(table.columns.map((title, column) => ({ texts: [title, ...table.rows.map((cells) => cells[column]?.text ?? '')] })));
  const total = natural.reduce((sum, width) => sum + width, 0);
  return (
    <table>
      <colgroup>
        {natural.map((width, column) => (
          <col key={column} style={{ width: `${(100 * width) / total}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {table.columns.map((title, n) => (
            <th key={n}>{title}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((cells, row) => (
          <tr key={row}>
            {cells.map((cell, column) => (
              <td key={column} className={cell.figure ? 'figure' : undefined}>
                {cell.text}
                {cell.footnote !== undefined && <sup>{cell.footnote}</sup>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
