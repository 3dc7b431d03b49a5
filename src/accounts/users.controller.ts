import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { Authenticated } from './access.decorators.js';
import { UpdateUserDto, UserView } from './dto/auth.dto.js';
import { ListUsersQuery } from './dto/list-users.query.js';
import { Role } from './role.js';
import { UsersService } from './users.service.js';

@ApiTags('accounts')
@ApiBearerAuth()
@Authenticated(Role.Admin)
@Controller('api/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Alle gebruikers (admin).' })
  list(@Query() query: ListUsersQuery) {
    return this.users.list(query);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Naam, rol of actief-status van een gebruiker aanpassen (admin).' })
  @ApiOkResponse({ type: UserView })
  update(@Param('id', ParseIdPipe) id: string, @Body() changes: UpdateUserDto) {
    return this.users.update(id, changes);
  }
}
