// Preloaded into every child of the race (`node --import tsx --import <this file>`): the child exits
// when the harness process (RACE_PARENT_PID) is gone, so a crashed or timed-out race leaves no server.
const parent = Number(process.env.RACE_PARENT_PID);

if (Number.isInteger(parent) && parent > 0) {
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      process.exit(1);
    }
  }, 1_000).unref();
}
