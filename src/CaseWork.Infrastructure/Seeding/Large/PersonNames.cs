namespace CaseWork.Infrastructure.Seeding.Large;

/// <summary>
/// Names with the spread of a real register: a few hundred surnames and first names, Swedish and of those who came
/// later, drawn with a Zipf-like frequency (the n-th most common about n^-0.75 as often as the first), so that
/// Andersson is common, Öberg and Yilmaz are met, and a search for "berg" finds many but not a fifth of the register.
/// </summary>
internal static class PersonNames
{
    private const double Exponent = 0.75;

    /// <summary>Most common first, loosely after Statistics Sweden's lists.</summary>
    public static readonly string[] Surnames =
    [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
        "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Carlsson", "Petersson", "Lindström",
        "Magnusson", "Lindqvist", "Ali", "Mohamed", "Olofsson", "Lindgren", "Axelsson", "Berg", "Ahmed", "Bergström",
        "Lundberg", "Lundgren", "Hassan", "Lind", "Jakobsson", "Berglund", "Fredriksson", "Mattsson", "Sandberg", "Henriksson",
        "Forsberg", "Sjöberg", "Danielsson", "Wallin", "Engström", "Eklund", "Håkansson", "Lundin", "Gunnarsson", "Björk",
        "Holm", "Bergman", "Samuelsson", "Fransson", "Wikström", "Isaksson", "Nyström", "Arvidsson", "Holmberg", "Löfgren",
        "Söderberg", "Nyberg", "Blomqvist", "Claesson", "Mårtensson", "Nordström", "Lundström", "Eliasson", "Pålsson", "Björklund",
        "Viklund", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Holmgren",
        "Falk", "Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Martinsson", "Öberg", "Andreasson",
        "Månsson", "Strömberg", "Blom", "Åkesson", "Jonasson", "Norberg", "Sundström", "Ibrahim", "Ivarsson", "Lindholm",
        "Göransson", "Yilmaz", "Nguyen", "Abdi", "Omar", "Hussein", "Osman", "Yusuf", "Khalil", "Mahmoud",
        "Hosseini", "Ahmadi", "Mohammadi", "Karimi", "Rahimi", "Jafari", "Rezaei", "Haddad", "Saleh", "Aziz",
        "Khan", "Kaya", "Demir", "Çelik", "Öztürk", "Aydin", "Arslan", "Doğan", "Farah", "Warsame",
        "Jama", "Nur", "Ismail", "Yousef", "Abdullah", "Hamid", "Rashid", "Said", "Mustafa", "Salih",
        "Nowak", "Kowalski", "Wiśniewski", "Popović", "Jovanović", "Petrović", "Nikolić", "Hodžić", "Kovačević", "Begić",
        "Hadžić", "Delić", "Tesfaye", "Haile", "Bekele", "Tekle", "Gebremedhin", "Singh", "Kumar", "Santos",
        "Silva", "Rodríguez", "García", "López", "Pereira", "Tran", "Le", "Pham", "Kim", "Lee",
        "Wang", "Li", "Zhang", "Chen", "Liu", "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen",
        "Ekman", "Lindahl", "Sjöstrand", "Ågren", "Östlund", "Öhman", "Åström", "Hedberg", "Bäckström", "Nordlund",
        "Ek", "Lindén", "Malm", "Sundqvist", "Borg", "Dahl", "Wiklund", "Hjalmarsson", "Edlund", "Lundqvist",
        "Strand", "Forslund", "Nordqvist", "Sjödin", "Blomberg", "Lilja", "Åkerman", "Ekberg", "Törnqvist", "Bergqvist",
        "Söderström", "Sjölund", "Vesterlund", "Nyholm", "Grönlund", "Sörensen", "Jensen", "Hansen", "Larsen", "Berntsson",
        "Ljungberg", "Sällström", "Frisk", "Boström", "Hägg", "Rosén", "Wahlström", "Englund", "Ahlström", "Rydberg",
    ];

    /// <summary>Most common first: the names of adults of working age in the city today.</summary>
    public static readonly string[] FirstNames =
    [
        "Anna", "Maria", "Erik", "Lars", "Karl", "Eva", "Mohamed", "Johan", "Karin", "Anders",
        "Per", "Sara", "Ali", "Fatima", "Emma", "Kristina", "Lena", "Mikael", "Ahmed", "Elin",
        "Hanna", "Jonas", "Peter", "Ida", "Amina", "Hassan", "Andreas", "Sofia", "Marcus", "Linda",
        "Daniel", "Malin", "Omar", "Fredrik", "Jessica", "Maja", "Mattias", "Emelie", "Alexander", "Helena",
        "Ibrahim", "Sandra", "Niklas", "Camilla", "Yusuf", "Åsa", "Stefan", "Ulla", "Mustafa", "Ingrid",
        "Thomas", "Leila", "Martin", "Josefin", "Abdi", "Zahra", "Magnus", "Therese", "Hamid", "Nora",
        "Jan", "Annika", "Mehmet", "Ayan", "Patrik", "Monika", "Ahmad", "Hodan", "Tobias", "Caroline",
        "Robert", "Birgitta", "Samir", "Sanna", "Joakim", "Maryam", "Christoffer", "Louise", "Nikola", "Ebba",
        "Henrik", "Amra", "Viktor", "Rana", "Simon", "Madeleine", "Khaled", "Hawa", "Oskar", "Cecilia",
        "Ismail", "Yasmin", "Jesper", "Nadia", "Björn", "Selma", "Dragan", "Elif", "Ayşe", "Sebastian",
        "Rasmus", "Julia", "Filip", "Amanda", "Said", "Hiba", "Goran", "Mirela", "Anton", "Lejla",
        "Emil", "Nour", "Adam", "Rukia", "David", "Sabina", "Kerstin", "Mahmoud", "Gunilla", "Ahmet",
        "Margareta", "Tesfaye", "Marta", "Aida", "Jimmy", "Tina", "Hussein", "Safiya", "Johannes", "Lina",
        "Joel", "Saga", "Elias", "Alva", "Yonas", "Meron", "Ludvig", "Agnes", "Kenneth", "Susanne",
        "Roger", "Elisabeth", "Ulf", "Gun", "Mats", "Britt", "Hans", "Inger", "Göran", "Marie",
        "Krzysztof", "Agnieszka", "Piotr", "Katarzyna", "Tomasz", "Olga", "Andrei", "Irina", "Dmitri", "Natalia",
        "Minh", "Linh", "Thanh", "Huong", "Raj", "Priya", "Carlos", "Ana", "José", "Lucía",
        "Björne", "Märta", "Åke", "Östen", "Sölve", "Gösta", "Bengt", "Solveig", "Birger", "Signe",
        "Waleed", "Samira", "Bilal", "Dalia", "Jamal", "Noor", "Karim", "Rim", "Faisal", "Rania",
        "Abdullahi", "Sahra", "Farhan", "Ifrah", "Liban", "Deeqa", "Mahad", "Hibaq", "Bashir", "Nimco",
    ];

    private static readonly double[] SurnameWeights = Zipf(Surnames.Length);
    private static readonly double[] FirstNameWeights = Zipf(FirstNames.Length);

    public static string Surname(SeedRandom random) => Surnames[Pick(SurnameWeights, random)];

    public static string FirstName(SeedRandom random) => FirstNames[Pick(FirstNameWeights, random)];

    /// <summary>Cumulative weights, rank r weighing r^-<see cref="Exponent"/>, ending at 1.</summary>
    private static double[] Zipf(int count)
    {
        var cumulative = new double[count];
        var sum = 0.0;
        for (var rank = 1; rank <= count; rank++)
        {
            sum += Math.Pow(rank, -Exponent);
            cumulative[rank - 1] = sum;
        }

        for (var i = 0; i < count; i++)
        {
            cumulative[i] /= sum;
        }

        return cumulative;
    }

    private static int Pick(double[] cumulative, SeedRandom random)
    {
        var index = Array.BinarySearch(cumulative, random.Fraction());
        return Math.Min(cumulative.Length - 1, index < 0 ? ~index : index);
    }
}
