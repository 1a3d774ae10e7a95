/**
 * Runs `work` one call at a time: a call made while one is under way waits, and a newer call
 * replaces a waiting one (whose promise resolves to null). For work whose answer is only wanted for
 * the latest input, such as checking a diagram after each save: a burst of calls costs at most one
 * run after the current one, and answers never arrive out of order.
 */
export function latestOnly<A extends unknown[], R>(work: (...args: A) => Promise<R>): (...args: A) => Promise<R | null> {
  type Call = { args: A; resolve(result: R | null): void; reject(error: unknown): void };
  let running = false;
  let waiting: Call | null = null;
  const run = async (call: Call) => {
    running = true;
    try {
      call.resolve(await work(...call.args));
    } catch (error) {
      call.reject(error);
    } finally {
      running = false;
      const next = waiting;
      waiting = null;
      if (next) void run(next);
    }
  };
  return (...args) =>
    new Promise((resolve, reject) => {
      const call = { args, resolve, reject };
      if (!running) return void run(call);
      waiting?.resolve(null);
      waiting = call;
    });
}
