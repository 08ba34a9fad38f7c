package se.maltavla.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.maltavla.security.KnownCommittees;
import se.maltavla.security.ReporterBinding;
import se.maltavla.shared.municipality.SwedishMunicipalities;
import se.maltavla.shared.municipality.SwedishMunicipality;

/**
 * A reporter's municipality and nämnder: the municipality by name ("Ronneby (1081)"), the nämnder
 * as the files name them, chosen from those the import knows for it or typed when new.
 */
class ReporterFields extends HorizontalLayout {

    private final KnownCommittees known;
    private final ComboBox<SwedishMunicipality> municipality = new ComboBox<>();
    private final MultiSelectComboBox<String> committees = new MultiSelectComboBox<>();
    private final List<String> items = new ArrayList<>();

    ReporterFields(KnownCommittees known, String owner) {
        this.known = known;
        municipality.setLabel(getTranslation("reporter.users.municipality"));
        municipality.setItems(SwedishMunicipalities.all());
        municipality.setItemLabelGenerator(SwedishMunicipality::nameAndCode);
        municipality.addValueChangeListener(
                e -> offer(e.getValue() == null ? null : e.getValue().code()));
        committees.setLabel(getTranslation("reporter.users.committees"));
        committees.setHelperText(getTranslation("reporter.users.committees.helper"));
        committees.setAllowCustomValue(true);
        committees.addCustomValueSetListener(e -> {
            String typed = e.getDetail() == null ? "" : e.getDetail().trim();
            if (!typed.isEmpty()) {
                if (!items.contains(typed)) {
                    items.add(typed);
                    committees.setItems(items);
                }
                Set<String> chosen = new LinkedHashSet<>(committees.getValue());
                chosen.add(typed);
                committees.setValue(chosen);
            }
        });
        committees.setWidth("24em");
        if (owner != null) {
            municipality.setAriaLabel(getTranslation("reporter.users.municipality.of", owner));
            committees.setAriaLabel(getTranslation("reporter.users.binding.of", owner));
        }
        add(municipality, committees);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        setPadding(false);
        addClassName("reporter-fields");
    }

    ComboBox<SwedishMunicipality> municipality() {
        return municipality;
    }

    MultiSelectComboBox<String> committees() {
        return committees;
    }

    void show(ReporterBinding binding) {
        municipality.setValue(
                binding.municipality() == null
                        ? null
                        : SwedishMunicipalities.find(binding.municipality()).orElse(null));
        offer(binding.municipality());
        for (String committee : binding.committees()) {
            if (!items.contains(committee)) {
                items.add(committee);
            }
        }
        committees.setItems(items);
        committees.setValue(new LinkedHashSet<>(binding.committees()));
    }

    ReporterBinding binding() {
        return new ReporterBinding(
                municipality.getValue() == null ? null : municipality.getValue().code(),
                new ArrayList<>(committees.getValue()));
    }

    private void offer(String code) {
        Set<String> chosen = new LinkedHashSet<>(committees.getValue());
        items.clear();
        items.addAll(known.of(code));
        chosen.stream().filter(c -> !items.contains(c)).forEach(items::add);
        committees.setItems(items);
        committees.setValue(chosen);
    }
}
