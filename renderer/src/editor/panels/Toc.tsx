import type { OutlineSection } from '../../../../core/model/outline.ts';
import type { Template } from '../../../../core/model/template.ts';
import { useRovingFocus } from '../../app/use-roving-focus.ts';

interface Props {
  sections: OutlineSection[];
  template: Template;
  /** Printed page of each entry, by id, from the export's own layout; missing for what is not printed. */
  pages: ReadonlyMap<string, number>;
  onJump: (id: string) => void;
}

/** The page number at the end of an entry's dotted leader; none for what will not be printed (an empty section). */
const PageNumber = ({ page }: { page: number | undefined }) => <span className="bj-toc-page">{page ?? ''}</span>;

/**
 * 目录, generated from the sections and items as the clerk edits, with the page numbers the
 * exported DOCX prints, updated once typing settles. One Tab stop: ↑ ↓ move between its rows, Enter jumps.
 */
export function Toc({ sections, template, pages, onJump }: Props) {
  const roving = useRovingFocus<HTMLElement>('button', 'vertical');
  return (
    <nav className="bj-toc" aria-label="目录" {...roving}>
      <h2 className="bj-toc-heading">目　录</h2>
      {sections.map((s) => {
        const itemsListed = template.sections.find((t) => t.key === s.key)?.inToc !== 'heading';
        return (
          <div key={s.id} className="bj-toc-section">
            <div className="bj-toc-row bj-toc-section-row">
              <span>{s.heading}</span>
              <span className="bj-toc-leader" />
              <PageNumber page={pages.get(s.id)} />
            </div>
            {itemsListed &&
              s.items.map((item) => (
                <button key={item.id} type="button" className="bj-toc-row" onClick={() => onJump(item.id)}>
                  <span className="bj-toc-title">
                    {item.title || '（无标题）'}
                    {item.authors.length > 0 && `（${item.authors.join('、')}）`}
                  </span>
                  <span className="bj-toc-leader" />
                  <PageNumber page={pages.get(item.id)} />
                </button>
              ))}
          </div>
        );
      })}
    </nav>
  );
}
