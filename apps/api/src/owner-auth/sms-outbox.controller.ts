import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { PageQueryDto } from '../common/page.dto';
import { SmsOutboxPageDto, SmsOutboxMessageDto } from './dto/sms-outbox.dto';
import { SmsOutboxRepository } from './sms/sms-outbox.repository';

/** 短信发件箱 (admins): the text messages sent, newest first; on `npm start` the place to read an owner's code. */
@ApiTags('sms-outbox')
@ApiBearerAuth()
@Controller('sms-outbox')
export class SmsOutboxController {
  constructor(private readonly outbox: SmsOutboxRepository) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: SmsOutboxPageDto })
  async list(@Query() query: PageQueryDto): Promise<SmsOutboxPageDto> {
    const { items, total } = await this.outbox.list(query.page, query.pageSize);
    return { items: items.map(SmsOutboxMessageDto.from), page: query.page, pageSize: query.pageSize, total };
  }
}
