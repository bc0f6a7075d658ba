/**
 * Lets the tasks already waiting (a reply to send, a request to answer) run first: a timer task, which comes
 * after them, where a resolved promise would not.
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
