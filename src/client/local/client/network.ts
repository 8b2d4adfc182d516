import { AuthError } from '../../errors.js';
import type { InjectedFault, LocalOperation, LocalPoolConfig } from '../config.js';

const FAULT_MESSAGES: Record<InjectedFault, string> = {
  NetworkError: 'A network error has occurred.',
  TooManyRequestsException: 'Too many requests, please try again later.',
  LimitExceededException: 'Attempt limit exceeded, please try after some time.',
  InternalErrorException: 'An internal error occurred. Please try again.',
};

/** The wire between the client and the pool: simulated latency, and faults on demand, for UI tests. */
export class SimulatedNetwork {
  private readonly queued: { operation: LocalOperation | '*'; fault: InjectedFault; remaining: number }[] = [];

  constructor(private readonly options: NonNullable<LocalPoolConfig['network']> = {}) {}

  /** Makes the next `times` calls of an operation (or of any, with '*') fail with a fault. */
  failNext(operation: LocalOperation | '*', fault: InjectedFault, times = 1): void {
    this.queued.push({ operation, fault, remaining: times });
  }

  async call(operation: LocalOperation): Promise<void> {
    const latency = this.latency();
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    const fault = this.takeQueued(operation) ?? this.options.fault?.(operation);
    if (fault) throw new AuthError({ name: fault, message: FAULT_MESSAGES[fault] });
  }

  private latency(): number {
    const setting = this.options.latencyMs ?? 0;
    if (typeof setting === 'number') return setting;
    const [min, max] = setting;
    return min + Math.random() * (max - min);
  }

  private takeQueued(operation: LocalOperation): InjectedFault | undefined {
    const index = this.queued.findIndex((q) => q.operation === operation || q.operation === '*');
    const entry = this.queued[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.queued.splice(index, 1);
    return entry.fault;
  }
}
