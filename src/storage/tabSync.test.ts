import { describe, expect, it } from 'vitest';
import { announce, listen, type ProjectMessage } from './tabSync';

const received = (projectId: string) => {
  const messages: ProjectMessage[] = [];
  const stop = listen(projectId, (message) => messages.push(message));
  return { messages, stop };
};

const delivered = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('announcements to the tabs of a project', () => {
  it("reach every listener of that project, and of no other, whichever project was announced to before", async () => {
    const a = received('project-a');
    const b = received('project-b');
    announce('project-a', { type: 'variantSaved', variantId: 'v1', revision: 2 });
    announce('project-a', { type: 'variantSaved', variantId: 'v1', revision: 3 });
    announce('project-b', { type: 'projectChanged' });
    announce('project-a', { type: 'editWanted', variantId: 'v1' });
    await delivered();
    expect(a.messages).toEqual([
      { type: 'variantSaved', variantId: 'v1', revision: 2 },
      { type: 'variantSaved', variantId: 'v1', revision: 3 },
      { type: 'editWanted', variantId: 'v1' },
    ]);
    expect(b.messages).toEqual([{ type: 'projectChanged' }]);
    a.stop();
    b.stop();
  });
});
