// How a script's main ends: exit 0 when it resolves, print the error and exit 1 when it rejects (open handles
// such as a driver or a child process would otherwise keep the process alive).
export function runMain(main: () => Promise<unknown>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
