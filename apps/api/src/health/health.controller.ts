import { Controller, Get, HttpStatus, Logger, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DatabaseProbe } from '@handover/database';
import { Public } from '../auth/auth.decorators';
import { TemporalClientService } from '../temporal/temporal-client.service';

/** `/health/ready`: 200 with status ok, or 503 with status not-ready; what the failing checks said is in the log. */
interface Readiness {
  status: 'ok' | 'not-ready';
  checks: { postgres: 'up' | 'down'; temporal: 'up' | 'down' | 'not-set-up' };
}

/** A probe that has not answered by then counts as down: readiness answers within 2 s whatever hangs. */
const CHECK_TIMEOUT_MS = 1_800;

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Readiness');
  /** What the last probe found wrong: logged when it changes, not on every probe; never sent to the (public) caller. */
  private lastProblems = '';

  constructor(
    private readonly database: DatabaseProbe,
    private readonly temporal: TemporalClientService,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Ready for this product: PostgreSQL answers, and Temporal answers with the namespace and the product's search
   * attributes in place. 503 with the failing checks otherwise; what they said goes to the log.
   */
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response): Promise<Readiness> {
    const problems: string[] = [];
    const [postgres, temporal] = await Promise.all([
      withTimeout(this.database.ping(), 'PostgreSQL').then(
        () => 'up' as const,
        (error: Error) => {
          problems.push(`postgres: ${error.message}`);
          return 'down' as const;
        },
      ),
      withTimeout(this.temporal.readiness(), 'Temporal').then(
        (readiness) => {
          if (readiness.state !== 'up') problems.push(`temporal: ${readiness.detail}`);
          return readiness.state;
        },
        (error: Error) => {
          problems.push(`temporal: ${error.message}`);
          return 'down' as const;
        },
      ),
    ]);
    const ready = postgres === 'up' && temporal === 'up';
    const found = problems.join('; ');
    if (found !== this.lastProblems) {
      if (found) this.logger.warn({ checks: { postgres, temporal }, problems }, 'not ready');
      else this.logger.log('ready');
      this.lastProblems = found;
    }
    if (!ready) response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ready ? 'ok' : 'not-ready', checks: { postgres, temporal } };
  }
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)),
      CHECK_TIMEOUT_MS,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
