package dk.kernebot.institution;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kernebot.chat.UserRef;
import org.junit.jupiter.api.Test;

class AdminsTest {

    private final Admins admins = new Admins(" aad-lone , 29:user-per ,,");

    @Test
    void eitherTheEntraIdOrTheTeamsIdMakesSomeoneAnAdmin() {
        assertThat(admins.isAdmin(new UserRef("29:user-lone", "aad-lone", "Lone"))).isTrue();
        assertThat(admins.isAdmin(new UserRef("29:user-per", null, "Per"))).isTrue();
        assertThat(admins.isAdmin(new UserRef("29:user-bo", "aad-bo", "Bo"))).isFalse();
        assertThat(admins.isAdmin(new UserRef("", null, null))).isFalse();
        assertThat(new Admins("").isAdmin(new UserRef("29:user-lone", "aad-lone", "Lone"))).isFalse();
    }
}
