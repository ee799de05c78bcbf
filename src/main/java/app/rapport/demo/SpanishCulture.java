package app.rapport.demo;

import app.rapport.domain.contacts.PersonName;
import java.util.List;
import java.util.SplittableRandom;

/** Spain. Most people carry two family names, the father's then the mother's. */
final class SpanishCulture extends Culture {
    private static final List<String> MALE = List.of("José", "Antonio", "Manuel", "Francisco", "Javier", "David",
            "Juan", "Carlos", "Jesús", "Miguel", "Alejandro", "Pablo", "Sergio", "Álvaro", "Adrián", "Diego", "Raúl",
            "Iván", "Rubén", "Óscar", "Andrés", "Íñigo");
    private static final List<String> FEMALE = List.of("María", "Carmen", "Ana", "Isabel", "Laura", "Lucía",
            "Cristina", "Marta", "Elena", "Sara", "Paula", "Raquel", "Rocío", "Pilar", "Nuria", "Begoña", "Inés",
            "Sofía", "Ángela", "Mónica", "Verónica");
    private static final List<String> FAMILY = List.of("García", "Rodríguez", "González", "Fernández", "López",
            "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno",
            "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos",
            "Gil", "Ramírez", "Serrano", "Blanco", "Molina", "Castro", "Ortega", "Rubio", "Núñez", "Ibáñez", "Peña");
    private static final List<Title> TITLES = List.of(Title.of("Director comercial", "Directora comercial"),
            Title.of("Jefe de proyecto", "Jefa de proyecto"), Title.same("Responsable de compras"),
            Title.of("Ingeniero", "Ingeniera"), Title.of("Director general", "Directora general"),
            Title.of("Consultor", "Consultora"), Title.same("Contable"), Title.same("Gerente de cuentas"),
            Title.of("Socio", "Socia"));
    private static final List<String> REGIONS = List.of("Ibérica", "Cantábrica", "Mediterránea", "Atlántica",
            "del Levante", "de Castilla", "Andaluza", "del Norte");
    private static final List<String> BRANDS = List.of("Sol de Levante", "Brisa", "Olivar", "Almendro", "Azahar",
            "Marea", "Alborada");
    private static final List<String> NOTES = List.of("Prefiere llamadas por la mañana.",
            "Nos conocimos en la feria de Madrid.");

    SpanishCulture() {
        super("ES", List.of(
                City.of("Madrid", "", "madrid", "91 555 ", 28001, 28080, "Calle de Alcalá", "Gran Vía", "Calle Mayor",
                        "Paseo de la Castellana", "Calle de Serrano", "Calle de Fuencarral"),
                City.of("Barcelona", "", "barcelona", "93 555 ", 8001, 8042, "Carrer de Balmes", "Passeig de Gràcia",
                        "Carrer d'Aragó", "Avinguda Diagonal", "Carrer de Mallorca"),
                City.of("Valencia", "", "valencia", "96 355 ", 46001, 46026, "Calle de Colón", "Avenida del Puerto",
                        "Calle de la Paz"),
                City.of("Sevilla", "", "sevilla", "95 455 ", 41001, 41020, "Calle Sierpes",
                        "Avenida de la Constitución", "Calle Betis"),
                City.of("Bilbao", "", "bilbao", "94 455 ", 48001, 48015, "Gran Vía de Don Diego López de Haro",
                        "Calle Ercilla", "Alameda de Mazarredo")));
    }

    @Override
    PersonName name(SplittableRandom rng, boolean female) {
        String family = Draw.one(rng, FAMILY);
        if (Draw.chance(rng, 0.7)) {
            family = family + " " + Draw.one(rng, FAMILY);
        }
        return person("", Draw.one(rng, female ? FEMALE : MALE), family);
    }

    @Override
    String familyForMail(String family) {
        int space = family.indexOf(' ');
        return space < 0 ? family : family.substring(0, space);
    }

    @Override
    String title(SplittableRandom rng, boolean female) {
        return Draw.one(rng, TITLES).forPerson(female);
    }

    @Override
    OrgName company(Industry industry, City city, SplittableRandom rng) {
        if (industry == Industry.LAW) {
            String name = Draw.one(rng, FAMILY) + " Abogados";
            return new OrgName(name, ascii(name));
        }
        String core = rng.nextBoolean()
                ? word(industry) + " " + Draw.one(rng, REGIONS)
                : Draw.one(rng, FAMILY) + " " + word(industry);
        return new OrgName(core + (rng.nextInt(4) == 0 ? " S.A." : " S.L."), ascii(core));
    }

    @Override
    OrgName brand(Industry industry, City city, SplittableRandom rng) {
        String name = Draw.one(rng, BRANDS);
        return new OrgName(name, ascii(name));
    }

    @Override
    OrgName group(Industry industry, City city, SplittableRandom rng) {
        if (rng.nextBoolean()) {
            return new OrgName("Asociación de Empresarios de " + city.locality(), "aee-" + city.latin());
        }
        String name = Draw.one(rng, BRANDS);
        return new OrgName("Grupo " + name, "grupo-" + ascii(name));
    }

    @Override
    String street(City city, SplittableRandom rng, boolean home) {
        String line = Draw.one(rng, city.streets()) + ", " + Draw.between(rng, 1, 140);
        return home ? line + ", " + Draw.between(rng, 1, 8) + "º " + (char) ('A' + rng.nextInt(4)) : line;
    }

    @Override
    String phone(City city, SplittableRandom rng) {
        return "+34 " + city.dial() + Draw.digits(rng, 2) + " " + Draw.digits(rng, 2);
    }

    @Override
    List<String> notes() {
        return NOTES;
    }

    private static String word(Industry industry) {
        return switch (industry) {
            case LOGISTICS -> "Logística";
            case SOFTWARE -> "Software";
            case CONSULTING -> "Consultoría";
            case CONSTRUCTION -> "Construcciones";
            case FOOD -> "Alimentación";
            case HEALTH -> "Salud";
            case LAW -> "Abogados";
            case DESIGN -> "Diseño";
        };
    }
}
