import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { TemporalClientService } from '../temporal/temporal-client.service';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalClientService,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Ready when PostgreSQL answers and the Temporal frontend answers. */
  @Get('ready')
  async ready(): Promise<{ status: 'ok'; checks: Record<string, 'up'> }> {
    const [postgres, temporal] = await Promise.all([
      this.dataSource.query('SELECT 1').then(
        () => true,
        () => false,
      ),
      this.temporal.isReady(),
    ]);
    const checks = { postgres: postgres ? 'up' : 'down', temporal: temporal ? 'up' : 'down' };
    if (!postgres || !temporal) throw new ServiceUnavailableException({ message: 'Not ready', checks });
    return { status: 'ok', checks: checks as Record<string, 'up'> };
  }
}
