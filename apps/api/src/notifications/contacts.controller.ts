import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, OpenToContractors } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ContactsService } from './contacts.service';
import { ContactsResponseDto, PutContactsDto } from './dto/contacts.dto';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('users/:id/contacts')
export class ContactsController {
  constructor(private readonly service: ContactsService) {}

  /** The person's addresses, language, zone, quiet hours and channel choices (the person or an admin). */
  @Get()
  @OpenToContractors()
  @ApiOkResponse({ type: ContactsResponseDto })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<ContactsResponseDto> {
    return ContactsResponseDto.from(await this.service.get(caller, id));
  }

  /** Replaces them; what is left out returns to its default. */
  @Put()
  @OpenToContractors()
  @ApiOkResponse({ type: ContactsResponseDto })
  async put(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PutContactsDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<ContactsResponseDto> {
    return ContactsResponseDto.from(await this.service.replace(caller, id, dto));
  }
}
