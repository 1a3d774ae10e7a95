import { useEffect, useRef } from 'react';
import { createBadgeIcon, type BadgeKind } from '../../bpmn/badges/badgeIcons';

/** A badge's icon as the canvas draws it, for the legend. */
export function BadgeIcon({ kind }: { kind: BadgeKind }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    const icon = createBadgeIcon(host.ownerDocument, kind);
    host.appendChild(icon);
    return () => icon.remove();
  }, [kind]);
  return <span ref={ref} className="rw-step-badge__icon" />;
}
