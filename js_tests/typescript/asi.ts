// Erasing a type must not join two statements: node writes a `;` where a blanked line would let
// the next one (starting with `(`, `[`, `` ` ``, `+`, `-` or `/`) continue the previous statement.
let calls = 0
const f = () => calls++
type Erased = number
;(f)()
interface AlsoErased {}
[1, 2].forEach(() => f())
let t = 'x'
type Third = string
`template`
const value = 41 as number
(f)()
const checked = { a: 1 } satisfies object
[3].forEach(() => f())
const arrow = (a: number)
  : number =>
  a + 1
const asyncArrow = async <
  T
>(v: T) => v
function factory() {
  return <T,>
  (v: T) => v
}
let r = 5
type Fourth = 1
/r/.test('r') && f()
console.log(calls, arrow(value), t, checked)
asyncArrow(7).then((v) => console.log('async', v))
console.log(factory()(9), r)
console.log(String(arrow), String(factory))
