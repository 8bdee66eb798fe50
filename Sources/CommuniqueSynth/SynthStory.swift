/// The facts one generated article is about: who visited whom, when, and what it dealt with.
package struct SynthStory: Sendable {
    var visitor: SynthWorld.Figure
    var visitorPlace: SynthWorld.Place
    var host: SynthWorld.Place
    var hostLeader: SynthWorld.Figure?
    var date: SynthDate
    /// Last day of a tour; equal to `date` for a single visit.
    var endDate: SynthDate
    /// "state", "official" or "working".
    var visitType: String
    /// The countries of a tour, host first; empty for a single visit.
    var tour: [SynthWorld.Place]
    /// Third countries the article mentions in passing.
    var others: [SynthWorld.Place]
    var topics: [String]
    var body: SynthWorld.Body

    /// A random visit: a leader at a day of one of their terms travelling to another country.
    init(world: SynthWorld, rng: inout SplitMix64) {
        let visitor = world.figures[rng.below(world.figures.count)]
        self.visitor = visitor
        let day = rng.int(visitor.firstDay...visitor.lastDay)
        date = SynthDate(days: day)
        visitorPlace = world.place(visitor.country)
        let hostCandidates = world.places.count > 1 ? world.places.filter { $0.code != visitor.country } : world.places
        var host = rng.pick(hostCandidates)
        if rng.chance(65) {
            // Most visits go to countries whose leaders the knowledge knows.
            let led = hostCandidates.filter { world.figuresByCountry[$0.code] != nil }
            if !led.isEmpty { host = rng.pick(led) }
        }
        self.host = host
        var hostLeader = world.figure(of: host.code, on: day, using: &rng)
        if hostLeader?.name == visitor.name { hostLeader = nil }
        self.hostLeader = hostLeader
        visitType = rng.pick(["state", "official", "working", "official", "state"])
        var tour: [SynthWorld.Place] = []
        var endDate = date
        if rng.chance(15), hostCandidates.count > 3 {
            tour = [host]
            let extra = rng.int(1...2)
            while tour.count < 1 + extra {
                let candidate = rng.pick(hostCandidates)
                if !tour.contains(where: { $0.code == candidate.code }) { tour.append(candidate) }
            }
            endDate = date.adding(days: rng.int(1...4))
        }
        self.tour = tour
        self.endDate = endDate
        var others: [SynthWorld.Place] = []
        for _ in 0..<2 { others.append(rng.pick(hostCandidates)) }
        self.others = others
        var topics: [String] = []
        while topics.count < 3 {
            let topic = rng.pick(Phrasebook.topics)
            if !topics.contains(topic) { topics.append(topic) }
        }
        self.topics = topics
        body = rng.pick(world.bodies)
    }
}
