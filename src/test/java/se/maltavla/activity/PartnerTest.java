package se.maltavla.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartnerTest {

    @Test
    void each_name_in_the_cell_is_a_partner_in_the_activitys_country() {
        assertThat(Partner.parse("Stadt Schopfheim; Høyanger kommune", "DE"))
                .containsExactly(new Partner("Stadt Schopfheim", "DE"), new Partner("Høyanger kommune", "DE"));
    }

    @Test
    void brackets_in_a_name_are_part_of_the_name_not_a_country() {
        assertThat(Partner.parse("Göteborgsregionen (GR)", "SE"))
                .containsExactly(new Partner("Göteborgsregionen (GR)", "SE"));
        assertThat(Partner.parse("Elbląg (PL); Klaipėda (LT)", "PL"))
                .containsExactly(new Partner("Elbląg (PL)", "PL"), new Partner("Klaipėda (LT)", "PL"));
    }

    @Test
    void an_activity_without_a_named_partner_has_one_unnamed_partner_in_its_country() {
        assertThat(Partner.parse(null, "BE")).containsExactly(new Partner(null, "BE"));
        assertThat(Partner.parse(" ; ", null)).containsExactly(new Partner(null, null));
    }
}
