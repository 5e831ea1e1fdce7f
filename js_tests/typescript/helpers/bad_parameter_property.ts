class User {
	constructor(public name: string, private readonly age?: number) {}
}
