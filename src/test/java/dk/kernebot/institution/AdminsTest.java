package dk.kernebot.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kernebot.chat.UserRef;
import org.junit.jupiter.api.Test;

class AdminsTest {

    private static final String APP = "11111111-2222-3333-4444-555555555555";

    private final Admins admins = new Admins(" aad-lone , 29:user-per ,,", "", "");

    @Test
    void eitherTheEntraIdOrTheTeamsIdMakesSomeoneAnAdmin() {
        assertThat(admins.isAdmin(new UserRef("29:user-lone", "aad-lone", "Lone"), "t")).isTrue();
        assertThat(admins.isAdmin(new UserRef("29:user-per", null, "Per"), "t")).isTrue();
        assertThat(admins.isAdmin(new UserRef("29:user-bo", "aad-bo", "Bo"), "t")).isFalse();
        assertThat(admins.isAdmin(new UserRef("", null, null), "t")).isFalse();
        assertThat(new Admins("", "", "").isAdmin(new UserRef("29:user-lone", "aad-lone", "Lone"), "t")).isFalse();
    }

    @Test
    void anAdministratorBelongsToATenant() {
        Admins scoped = new Admins("tenant-a/aad-lone, aad-per", "tenant-a, tenant-b".replace(", tenant-b", ""), APP);
        UserRef lone = new UserRef("29:user-lone", "aad-lone", "Lone");
        UserRef per = new UserRef("29:user-per", "aad-per", "Per");

        assertThat(scoped.isAdmin(lone, "tenant-a")).isTrue();
        assertThat(scoped.isAdmin(lone, "tenant-b")).isFalse();
        assertThat(scoped.isAdmin(lone, null)).isFalse();
        // A bare id belongs to the installation's only tenant.
        assertThat(scoped.isAdmin(per, "tenant-a")).isTrue();
        assertThat(scoped.isAdmin(per, "tenant-b")).isFalse();
    }

    @Test
    void aBareIdInAnInstallationForSeveralTenantsIsRefused() {
        assertThatThrownBy(() -> new Admins("aad-per", "tenant-a,tenant-b", APP))
                .hasMessageContaining("names no tenant").hasMessageContaining("<tenant id>/aad-per");
        assertThatThrownBy(() -> new Admins("aad-per", "", APP)).hasMessageContaining("every tenant");
    }
}
